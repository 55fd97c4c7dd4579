namespace Assistant.Core.Scheduling;

/// <summary>
/// Something to do at a time: a reminder, a waiting-list deadline, a shift alert. Jobs live in the
/// store, so they survive a restart; their id is chosen by the caller (for example
/// <c>workshop-reminder:{registration}:24h</c>) so that scheduling the same thing twice is harmless.
/// </summary>
public sealed record ScheduledJob
{
    public required string Id { get; init; }

    /// <summary>Names the <see cref="IJobHandler"/> that runs the job.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>After this moment the job is pointless (the session started); it is then skipped, not run late.</summary>
    public DateTimeOffset? UsefulUntil { get; init; }

    /// <summary>True for messages to people: they are held back during quiet hours while that keeps them useful.</summary>
    public bool RespectsQuietHours { get; init; }

    /// <summary>The person the job concerns, so their jobs can be found and erased.</summary>
    public long? UserId { get; init; }

    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public JobState State { get; init; } = JobState.Pending;

    public DateTimeOffset? FinishedAt { get; init; }
}

public enum JobState
{
    Pending,

    /// <summary>Taken by the scheduler. A job found in this state after a crash is not run again: a reminder twice is worse than none.</summary>
    Running,
    Done,
    Skipped,
    Cancelled,
    Failed,
}
