using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Processed update ids in the data file, so that a restart after a crash does not handle an update
/// again. The unique id index makes "mark if new" one atomic insert; old entries are pruned hourly.
/// Turns mark their update inside their own transaction (<see cref="LiteDbTurnStore"/>); staff chats mark here.
/// </summary>
public sealed class LiteDbProcessedUpdates : IProcessedUpdates
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    internal const string CollectionName = "processed_updates";
    private readonly ILiteCollection<BsonDocument> _updates;
    private readonly TimeProvider _time;
    private long _nextPruneTicks;

    public LiteDbProcessedUpdates(AssistantDatabase db, TimeProvider time)
    {
        _updates = db.Collection(CollectionName);
        _updates.EnsureIndex("at");
        _time = time;
    }

    public Task<bool> TryMarkProcessedAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        PruneIfDue(now);
        return Task.FromResult(TryMarkIn(_updates, botId, updateId, now));
    }

    /// <summary>Whether the update was marked (and not yet pruned).</summary>
    internal bool Contains(long botId, long updateId) => _updates.Exists(Query.EQ("_id", Key(botId, updateId)));

    /// <summary>Marks inside the caller's transaction on <paramref name="database"/>; false when it was marked before.</summary>
    internal static bool TryMarkIn(LiteDatabase database, long botId, long updateId, DateTimeOffset now) =>
        TryMarkIn(database.GetCollection(CollectionName), botId, updateId, now);

    private static bool TryMarkIn(ILiteCollection<BsonDocument> updates, long botId, long updateId, DateTimeOffset now)
    {
        try
        {
            updates.Insert(new BsonDocument
            {
                ["_id"] = Key(botId, updateId),
                ["at"] = now.UtcDateTime,
            });
            return true;
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    private static string Key(long botId, long updateId) => $"{botId}:{updateId}";

    internal void PruneIfDue(DateTimeOffset now)
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
