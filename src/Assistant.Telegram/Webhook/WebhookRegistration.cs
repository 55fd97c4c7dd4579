using Assistant.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Assistant.Telegram.Webhook;

/// <summary>Tells Telegram where to post updates and with which secret; retried until it works or the host stops.</summary>
internal sealed class WebhookRegistration(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetWebhook(o.WebhookUrl!, allowedUpdates: UpdateHandler.Wanted, secretToken: o.WebhookSecret, cancellationToken: stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Webhook set; Telegram posts updates to {Path}", o.WebhookPath);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Setting the webhook failed ({Error}: {Reason}); attempt {Attempt}", e.GetType().Name, e.Message, attempt);
                var wait = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, Math.Pow(2, attempt - 1)));
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
