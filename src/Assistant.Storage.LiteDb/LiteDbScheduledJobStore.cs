using Assistant.Core.Scheduling;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Jobs with their state and due time as indexed fields (UTC ticks, exact), the whole job as JSON.
/// State changes are compare-and-set under one lock, which makes "run at most once" hold.
/// </summary>
public sealed class LiteDbScheduledJobStore : IScheduledJobStore
{
    internal const string CollectionName = "jobs";
    private readonly ILiteCollection<BsonDocument> _jobs;
    private readonly Lock _lock = new();

    public LiteDbScheduledJobStore(AssistantDatabase db)
    {
        _jobs = db.Collection(CollectionName);
        _jobs.EnsureIndex("state");
        _jobs.EnsureIndex("due");
        _jobs.EnsureIndex("user");
    }

    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var existing = _jobs.FindById(job.Id);
            if (existing is null || existing["state"].AsString == nameof(JobState.Pending))
            {
                _jobs.Upsert(ToDocument(job with { State = JobState.Pending }));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScheduledJob>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var due = _jobs.Query()
            .Where("$.state = @0 AND $.due <= @1", nameof(JobState.Pending), now.UtcTicks)
            .OrderBy("$.due")
            .Limit(limit)
            .ToEnumerable()
            .Select(ToJob)
            .ToList();
        return Task.FromResult<IReadOnlyList<ScheduledJob>>(due);
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var first = _jobs.Query()
            .Where("$.state = @0", nameof(JobState.Pending))
            .OrderBy("$.due")
            .Limit(1)
            .FirstOrDefault();
        return Task.FromResult(first is null ? (DateTimeOffset?)null : new DateTimeOffset(first["due"].AsInt64, TimeSpan.Zero));
    }

    /// <summary>Moves the job from <paramref name="from"/> in one conditional write, inside the caller's transaction if one is open.</summary>
    internal static bool TryTransitionIn(LiteDatabase database, ScheduledJob job, JobState from)
    {
        var doc = ToDocument(job);
        return database.GetCollection(CollectionName).UpdateMany(
            BsonExpression.Create("{ state: @0, due: @1, user: @2, job: @3 }", doc["state"], doc["due"], doc["user"], doc["job"]),
            BsonExpression.Create("_id = @0 AND state = @1", job.Id, from.ToString())) == 1;
    }

    public Task<bool> TryTransitionAsync(ScheduledJob job, JobState from, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var existing = _jobs.FindById(job.Id);
            if (existing is null || existing["state"].AsString != from.ToString())
            {
                return Task.FromResult(false);
            }

            _jobs.Update(ToDocument(job));
            return Task.FromResult(true);
        }
    }

    public Task<ScheduledJob?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _jobs.FindById(id);
        return Task.FromResult(doc is null ? null : ToJob(doc));
    }

    public Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var pending = _jobs.Find(Query.And(Query.StartsWith("_id", idPrefix), Query.EQ("state", nameof(JobState.Pending)))).Select(ToJob).ToList();
            foreach (var job in pending)
            {
                _jobs.Update(ToDocument(job with { State = JobState.Cancelled }));
            }

            return Task.FromResult(pending.Count);
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_jobs.DeleteMany(Query.EQ("user", userId)));
        }
    }

    private static BsonDocument ToDocument(ScheduledJob job) => new()
    {
        ["_id"] = job.Id,
        ["state"] = job.State.ToString(),
        ["due"] = job.DueAt.UtcTicks,
        ["user"] = job.UserId is { } user ? new BsonValue(user) : BsonValue.Null,
        ["job"] = StorageJson.Write(job),
    };

    private static ScheduledJob ToJob(BsonDocument doc) => StorageJson.Read<ScheduledJob>(doc, "job");
}
