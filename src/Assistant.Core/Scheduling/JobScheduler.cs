using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Scheduling;

/// <summary>
/// Runs stored jobs when they are due, driven by <see cref="TimeProvider"/>. The messages a job's handler
/// sends are collected (<see cref="OutboxScope"/>) and committed to the outbox in the same write that marks
/// the job done (<see cref="ITurnStore.CompleteJobAsync"/>): a crash before that write leaves the job pending
/// and sends nothing, so it runs again at the restart; after it, the messages are in the outbox and the job
/// is done. Either way a reminder is queued exactly once. What a handler writes itself (a registration's
/// status) must be safe to write again, as the workshop handlers are: they check the status first.
/// Jobs that were missed while the bot was down run late only while <see cref="ScheduledJob.UsefulUntil"/> allows.
/// </summary>
public sealed class JobScheduler(
    IScheduledJobStore store,
    Func<IEnumerable<IJobHandler>> handlers,
    ITurnStore commits,
    OutboxFeed outbox,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<JobScheduler> logger) : BackgroundService
{
    private const int BatchSize = 500;
    // Handlers are looked up at first use: many of them schedule follow-up jobs through this scheduler,
    // and taking them in the constructor would make a dependency cycle.
    private readonly Lazy<Dictionary<string, IJobHandler>> _handlers = new(() => handlers().ToDictionary(h => h.Kind));
    private readonly QuietHours _quiet = new(options.Value.Zone, options.Value.QuietHoursStart, options.Value.QuietHoursEnd);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _running = new();

    /// <summary>Stores the job and wakes the loop, in case it is due before the loop's next look.</summary>
    public async Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        await store.ScheduleAsync(job, cancellationToken).ConfigureAwait(false);
        Wake();
    }

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Runs every job that is due now; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        var now = time.GetUtcNow();
        foreach (var job in await store.DueAsync(now, BatchSize, cancellationToken).ConfigureAwait(false))
        {
            if (job.UsefulUntil is { } until && now > until)
            {
                await store.TryTransitionAsync(job with { State = JobState.Skipped, FinishedAt = now }, JobState.Pending, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Job {JobId} skipped: it was due {DueAt:o} and is no longer useful", job.Id, job.DueAt);
                continue;
            }

            if (job.RespectsQuietHours && _quiet.Contains(now))
            {
                var allowed = _quiet.NextAllowed(now);
                if (job.UsefulUntil is null || allowed < job.UsefulUntil)
                {
                    await store.ScheduleAsync(job with { DueAt = allowed }, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // Holding it until morning would make it useless: better a late-evening message than none.
            }

            if (await RunAsync(job, now, cancellationToken).ConfigureAwait(false))
            {
                ran++;
            }
        }

        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // A full batch may leave more due jobs behind; look again at once.
                }

                var next = await store.NextDueAsync(stoppingToken).ConfigureAwait(false);
                var wait = next is { } due ? due - time.GetUtcNow() : options.Value.MaxIdle;
                wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Value.MaxIdle ? options.Value.MaxIdle : wait;
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var woken = _wake.WaitAsync(cts.Token);
                await Task.WhenAny(Task.Delay(wait, time, cts.Token), woken).ConfigureAwait(false);
                await cts.CancelAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The scheduler loop failed; it tries again shortly");
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> RunAsync(ScheduledJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The job stays pending while it runs (so a crash runs it again); this keeps a second look in this process off it.
        if (!_running.TryAdd(job.Id, 0))
        {
            return false;
        }

        try
        {
            return await RunOnceAsync(job, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
        }
    }

    private async Task<bool> RunOnceAsync(ScheduledJob job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = JobState.Done;
        IReadOnlyList<OutboxMessage> messages = [];
        if (!_handlers.Value.TryGetValue(job.Kind, out var handler))
        {
            logger.LogError("Job {JobId} has kind {Kind}, which no handler runs", job.Id, job.Kind);
            state = JobState.Failed;
        }
        else
        {
            using var sent = OutboxScope.Begin();
            try
            {
                await handler.HandleAsync(job, cancellationToken).ConfigureAwait(false);
                messages = sent.Messages;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Job {JobId} of kind {Kind} failed", job.Id, job.Kind);
                state = JobState.Failed;
            }
        }

        var queued = await commits.CompleteJobAsync(job with { State = state, FinishedAt = now }, JobState.Pending, messages, cancellationToken).ConfigureAwait(false);
        if (queued is null)
        {
            // Cancelled or moved while it ran (a registration cancelled that moment): its messages are not sent.
            logger.LogInformation("Job {JobId} changed while it ran; its {Count} messages were dropped", job.Id, messages.Count);
            return false;
        }

        await outbox.HandOverAsync(queued, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
