using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Processed update ids in the data file, so that a restart after a crash does not handle an update
/// again. The unique id index makes "mark if new" one atomic insert; old entries are pruned hourly.
/// </summary>
public sealed class LiteDbProcessedUpdates : IProcessedUpdates
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private readonly ILiteCollection<BsonDocument> _updates;
    private readonly TimeProvider _time;
    private long _nextPruneTicks;

    public LiteDbProcessedUpdates(AssistantDatabase db, TimeProvider time)
    {
        _updates = db.Collection("processed_updates");
        _updates.EnsureIndex("at");
        _time = time;
    }

    public Task<bool> TryMarkProcessedAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        PruneIfDue(now);
        try
        {
            _updates.Insert(new BsonDocument
            {
                ["_id"] = $"{botId}:{updateId}",
                ["at"] = now.UtcDateTime,
            });
            return Task.FromResult(true);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Task.FromResult(false);
        }
    }

    private void PruneIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        var cutoff = (now - IProcessedUpdates.RetentionPeriod).UtcDateTime;
        _updates.DeleteMany(Query.LT("at", cutoff));
    }
}
