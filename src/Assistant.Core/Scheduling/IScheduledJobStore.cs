namespace Assistant.Core.Scheduling;

public interface IScheduledJobStore
{
    /// <summary>Adds the job, or replaces a pending job with the same id. A job that already ran is left alone.</summary>
    Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>Pending jobs due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<ScheduledJob>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The earliest due time of any pending job, to know how long to sleep.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);

    /// <summary>Moves a job from <paramref name="from"/> to <paramref name="job"/>'s state; false if it was no longer in <paramref name="from"/>.</summary>
    Task<bool> TryTransitionAsync(ScheduledJob job, JobState from, CancellationToken cancellationToken);

    Task<ScheduledJob?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Cancels pending jobs whose id starts with <paramref name="idPrefix"/> (all reminders of a registration).</summary>
    Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>Removes every job of a user (erasure).</summary>
    Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>Runs the jobs of one <see cref="ScheduledJob.Kind"/>.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken);
}
