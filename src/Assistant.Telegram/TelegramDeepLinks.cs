using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Assistant.Telegram;

/// <summary>
/// Telegram deep links, <c>https://t.me/&lt;bot&gt;?start=&lt;payload&gt;</c>: opening one makes the app send
/// <c>/start &lt;payload&gt;</c>. The username comes from <c>Telegram:BotUsername</c>, or else once from getMe.
/// </summary>
internal sealed class TelegramDeepLinks(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<TelegramDeepLinks> logger) : IDeepLinks
{
    private string? _username;

    public async ValueTask<string> LinkForAsync(string startPayload, CancellationToken cancellationToken) =>
        await UsernameAsync(cancellationToken).ConfigureAwait(false) is { } username
            ? $"https://t.me/{username}?start={startPayload}"
            : StartCommandLinks.Command(startPayload);

    private async ValueTask<string?> UsernameAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BotUsername is { Length: > 0 } configured)
        {
            return configured;
        }

        if (_username is { } known)
        {
            return known;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.Sending.RequestTimeoutSeconds));
        try
        {
            // Two first links at once may both ask; both get the same answer.
            var me = await bot.GetMe(timeout.Token).ConfigureAwait(false);
            return _username = me.Username;
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The command still works when typed; the next link asks again.
            logger.LogWarning("Asking Telegram for the bot's username failed ({Error}); the link is the /start command instead. Set {Setting} to avoid asking", e.GetType().Name, $"{TelegramOptions.Section}:{nameof(TelegramOptions.BotUsername)}");
            return null;
        }
    }
}
