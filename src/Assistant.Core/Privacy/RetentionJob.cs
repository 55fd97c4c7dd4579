using Assistant.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Privacy;

/// <summary>
/// The daily deletion: runs every retention policy and logs counts, never contents. Each run books the
/// next one, and the host books the first at start, so there is always exactly one run ahead.
/// </summary>
public sealed class RetentionJob(
    IEnumerable<IRetentionPolicy> policies,
    IScheduledJobStore jobs,
    IOptions<RetentionOptions> options,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time,
    ILogger<RetentionJob> logger) : IJobHandler, IHostedService
{
    public const string JobKind = "retention";

    public string Kind => JobKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var policy in policies)
        {
            var deleted = await policy.DeleteExpiredAsync(now, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Retention: {Count} records deleted by {Policy}", deleted, policy.Name);
        }

        await BookNextAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => BookNextAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The next run at <see cref="RetentionOptions.RunAt"/> local time; its id is the date, so booking twice is harmless.</summary>
    public Task BookNextAsync(CancellationToken cancellationToken)
    {
        var zone = scheduling.Value.Zone;
        var local = Clock.ToLocal(time.GetUtcNow(), zone);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= options.Value.RunAt)
        {
            day = day.AddDays(1);
        }

        var due = Clock.ToInstant(day.ToDateTime(options.Value.RunAt), zone);
        // Straight into the store: the scheduler runs this handler, so depending on it would be a cycle.
        return jobs.ScheduleAsync(
            new ScheduledJob { Id = $"{JobKind}:{day:yyyy-MM-dd}", Kind = JobKind, DueAt = due },
            cancellationToken);
    }
}
