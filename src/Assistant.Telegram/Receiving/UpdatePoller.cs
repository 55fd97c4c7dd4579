using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// Long polling: asks Telegram for updates, hands them to the chats' lines, and confirms updates (by
/// asking with the next offset) only up to the oldest one still being handled, so a crash makes Telegram
/// deliver every update whose turn had not committed again. A batch still running after <see cref="HandOver"/>
/// is left to its chats' lines and polling goes on: one chat's slow turn must not hold up everyone else's
/// updates. Updates Telegram delivers again meanwhile are not dispatched a second time while they run, and
/// those already handled are recognised by their turn's mark. Failures are logged and retried with growing
/// waits until the host stops.
/// </summary>
internal sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateReader reader,
    ChatDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    IPollingLead lead,
    TimeProvider time,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>How long a poll waits for its batch's turns before it asks for the next batch anyway; turns take milliseconds.</summary>
    internal static readonly TimeSpan HandOver = TimeSpan.FromSeconds(1);

    /// <summary>Batches left running at most; beyond that the poller waits, so a stuck store cannot fill the memory with updates.</summary>
    private const int MaxRunningBatches = 10;

    /// <summary>Pause after a batch in which no update id could be read: asking again at once would bring the same batch, in a tight loop.</summary>
    private static readonly TimeSpan UnreadablePause = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>How long an update may hold back the confirmation of later ones; turns take milliseconds.</summary>
    private static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(30);

    /// <summary>Updates dispatched and not yet finished, by id, with when they were dispatched.</summary>
    private readonly SortedDictionary<int, long> _unfinished = [];

    /// <summary>Updates finished but not yet confirmed, so that Telegram delivering them again dispatches nothing.</summary>
    private readonly HashSet<int> _finished = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            CancellationToken leading;
            try
            {
                leading = await lead.WaitForLeadershipAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leading);
            try
            {
                await PollAsync(running, polling.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (polling.IsCancellationRequested)
            {
            }

            if (!stoppingToken.IsCancellationRequested)
            {
                // Another instance polls now; it starts from what Telegram has not had confirmed.
                logger.LogWarning("This instance no longer leads the polling; it waits to lead again");
            }
        }

        // Let turns that were taken on finish (the dispatcher ends them on the application's stopping token).
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task PollAsync(List<Task> running, CancellationToken stoppingToken)
    {
        // getUpdates is refused while a webhook is set, for instance from an earlier run in webhook mode.
        await RetryAsync("Removing the webhook", ct => bot.DeleteWebhook(cancellationToken: ct), stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Polling Telegram for updates");

        long? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WhileTooManyRunAsync(running, stoppingToken).ConfigureAwait(false);
                var batch = await reader.GetAsync(offset, BatchSize, options.Value.PollingTimeoutSeconds, stoppingToken).ConfigureAwait(false);
                failures = 0;

                // Dispatched in update order, so each chat's line has them in order; chats run in parallel.
                var fresh = Fresh(batch.Updates);
                var handled = Task.WhenAll(fresh.Select(DispatchAsync));
                if (fresh.Count == 0 && batch.Updates.Count > 0)
                {
                    // Only updates still running came back: wait for one to finish instead of asking again at once.
                    await Task.WhenAny(Task.WhenAny(running), Task.Delay(HandOver, time, stoppingToken)).ConfigureAwait(false);
                }

                using (var handOver = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    await Task.WhenAny(handled, Task.Delay(HandOver, time, handOver.Token)).ConfigureAwait(false);
                    await handOver.CancelAsync().ConfigureAwait(false);
                }

                if (!handled.IsCompleted)
                {
                    logger.LogInformation("Updates before {Offset} are still being handled; polling goes on meanwhile", batch.NextOffset);
                    running.Add(handled);
                }

                offset = ConfirmUpTo(batch.NextOffset ?? offset, stuck: fresh.Count == 0 && batch.Updates.Count == BatchSize);
                if (batch.NoIdReadable)
                {
                    await Task.Delay(UnreadablePause, time, stoppingToken).ConfigureAwait(false);
                }
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

    /// <summary>The updates of the batch not running or finished already, now counted as running.</summary>
    private List<Update> Fresh(IReadOnlyList<Update> updates)
    {
        lock (_unfinished)
        {
            var now = time.GetTimestamp();
            return [.. updates.Where(u => !_finished.Contains(u.Id) && _unfinished.TryAdd(u.Id, now))];
        }
    }

    private async Task DispatchAsync(Update update)
    {
        try
        {
            await dispatcher.DispatchAsync(update).ConfigureAwait(false);
        }
        finally
        {
            lock (_unfinished)
            {
                _unfinished.Remove(update.Id);
                _finished.Add(update.Id);
            }
        }
    }

    /// <summary>
    /// The offset to ask with: past the batch, but not past an update still running, unless it has run longer than
    /// <see cref="StuckAfter"/> or a whole batch of finished updates is stuck behind it: then polling must go on.
    /// </summary>
    private long? ConfirmUpTo(long? next, bool stuck)
    {
        lock (_unfinished)
        {
            var now = time.GetTimestamp();
            var oldest = stuck ? null : _unfinished.Where(u => time.GetElapsedTime(u.Value, now) < StuckAfter).Select(u => (long?)u.Key).FirstOrDefault();
            var offset = oldest is { } waiting && (next is null || waiting < next) ? waiting : next;
            if (offset is { } confirmed)
            {
                _finished.RemoveWhere(id => id < confirmed);
            }

            return offset;
        }
    }

    private static async Task WhileTooManyRunAsync(List<Task> running, CancellationToken stoppingToken)
    {
        running.RemoveAll(t => t.IsCompleted);
        while (running.Count >= MaxRunningBatches)
        {
            await Task.WhenAny(running).WaitAsync(stoppingToken).ConfigureAwait(false);
            running.RemoveAll(t => t.IsCompleted);
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
