namespace Assistant.Core.Scheduling;

/// <summary>Jobs in memory, for tests and benchmarks.</summary>
public sealed class InMemoryScheduledJobStore : IScheduledJobStore
{
    private readonly Dictionary<string, ScheduledJob> _jobs = [];
    private readonly Lock _lock = new();

    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_jobs.TryGetValue(job.Id, out var existing) || existing.State == JobState.Pending)
            {
                _jobs[job.Id] = job with { State = JobState.Pending };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScheduledJob>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ScheduledJob>>(_jobs.Values
                .Where(j => j.State == JobState.Pending && j.DueAt <= now)
                .OrderBy(j => j.DueAt).Take(limit).ToList());
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var pending = _jobs.Values.Where(j => j.State == JobState.Pending).ToList();
            return Task.FromResult(pending.Count == 0 ? (DateTimeOffset?)null : pending.Min(j => j.DueAt));
        }
    }

    public Task<bool> TryTransitionAsync(ScheduledJob job, JobState from, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_jobs.TryGetValue(job.Id, out var existing) || existing.State != from)
            {
                return Task.FromResult(false);
            }

            _jobs[job.Id] = job;
            return Task.FromResult(true);
        }
    }

    public Task<ScheduledJob?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_jobs.GetValueOrDefault(id));
        }
    }

    public Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _jobs.Values.Where(j => j.State == JobState.Pending && j.Id.StartsWith(idPrefix, StringComparison.Ordinal)).Select(j => j.Id).ToList();
            foreach (var id in ids)
            {
                _jobs[id] = _jobs[id] with { State = JobState.Cancelled };
            }

            return Task.FromResult(ids.Count);
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _jobs.Values.Where(j => j.UserId == userId).Select(j => j.Id).ToList();
            ids.ForEach(id => _jobs.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
