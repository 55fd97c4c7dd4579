using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// Sets the "/" command menu in every language at start-up (Telegram shows the one matching the app's
/// language), and a German one for all other languages. Runs beside the start, so a slow Telegram
/// does not hold the bot up; retried a few times, as a missing menu is an inconvenience, not an outage.
/// </summary>
internal sealed class CommandMenuPublisher(
    ITelegramBotClient bot,
    FlowRegistry flows,
    TextCatalog texts,
    TimeProvider time,
    ILogger<CommandMenuPublisher> logger) : BackgroundService
{
    private const int MaxAttempts = 5;

    public IReadOnlyList<BotCommand> CommandsFor(string language) =>
        flows.Settings.Interruptions
            .Where(i => i.InMenu)
            .Select(i => new BotCommand(i.Command.ToLowerInvariant(), texts.Get(language, i.DescriptionKey)))
            .ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                foreach (var language in texts.LanguageCodes)
                {
                    await bot.SetMyCommands(CommandsFor(language), languageCode: language, cancellationToken: stoppingToken).ConfigureAwait(false);
                }

                await bot.SetMyCommands(CommandsFor(Languages.Reference), cancellationToken: stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Command menus set for {Count} languages", texts.LanguageCodes.Count());
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Setting the command menus failed ({Error}: {Reason}); attempt {Attempt} of {MaxAttempts}", e.GetType().Name, e.Message, attempt, MaxAttempts);
                if (attempt < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5 * attempt), time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }
}
