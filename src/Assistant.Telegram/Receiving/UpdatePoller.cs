using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// Long polling: asks Telegram for updates, hands them to the chats' lines, and confirms a batch (by
/// asking with the next offset) only after it was handled, so a crash makes Telegram deliver the
/// unfinished rest again. Failures are logged and retried with growing waits until the host stops.
/// </summary>
internal sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateReader reader,
    ChatDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // getUpdates is refused while a webhook is set, for instance from an earlier run in webhook mode.
        await RetryAsync("Removing the webhook", ct => bot.DeleteWebhook(cancellationToken: ct), stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Polling Telegram for updates");

        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await reader.GetAsync(offset, BatchSize, options.Value.PollingTimeoutSeconds, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (batch.LastId is null)
                {
                    continue;
                }

                // Dispatched in update order, so each chat's line has them in order; chats run in parallel.
                await Task.WhenAll(batch.Updates.Select(dispatcher.DispatchAsync)).ConfigureAwait(false);
                offset = batch.LastId + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                logger.LogWarning("Getting updates failed ({Error}: {Reason}); attempt {Attempt}", e.GetType().Name, e.Message, failures);
                await DelayAsync(failures, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RetryAsync(string what, Func<CancellationToken, Task> call, CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await call(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("{What} failed ({Error}: {Reason}); attempt {Attempt}", what, e.GetType().Name, e.Message, attempt);
                await DelayAsync(attempt, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task DelayAsync(int failures, CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, Math.Pow(2, failures - 1)));
        try
        {
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
