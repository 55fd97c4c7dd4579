using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// The outbox in the data file: one document per message, with its chat, lane and lease as fields and the
/// message as JSON. Ids come from LiteDB's Int64 sequence; writes to the collection are serialised by its
/// write lock until commit, so ids grow in commit order. Done entries are deleted, which keeps the file small.
/// </summary>
public sealed class LiteDbOutbox(AssistantDatabase db) : IOutbox
{
    internal const string CollectionName = "outbox";
    private readonly Lock _claimLock = new();

    public Task<IReadOnlyList<OutboxEntry>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = db.Database;
        return Task.FromResult(LiteDbTransaction.Run(database, () => AddIn(database, messages)));
    }

    /// <summary>Adds the messages inside the caller's transaction on <paramref name="database"/>.</summary>
    internal static IReadOnlyList<OutboxEntry> AddIn(LiteDatabase database, IReadOnlyList<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var outbox = database.GetCollection(CollectionName, BsonAutoId.Int64);
        var added = new List<OutboxEntry>(messages.Count);
        foreach (var message in messages)
        {
            var id = outbox.Insert(new BsonDocument
            {
                ["chat"] = message.ChatId,
                ["lane"] = (int)message.Lane,
                ["claimant"] = BsonValue.Null,
                ["lease"] = 0L,
                [StorageJson.Field] = StorageJson.Write(message),
            });
            added.Add(new OutboxEntry(id.AsInt64, message));
        }

        return added;
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_claimLock)
        {
            var database = db.Database;
            var outbox = database.GetCollection(CollectionName, BsonAutoId.Int64);
            var pending = outbox.FindAll().Select(d => (
                Entry: new OutboxEntry(d["_id"].AsInt64, StorageJson.Read<OutboxMessage>(d)),
                Claimant: d["claimant"].IsNull ? null : d["claimant"].AsString,
                LeaseUntil: new DateTimeOffset(d["lease"].AsInt64, TimeSpan.Zero))).ToList();
            var claimed = OutboxClaims.Claimable(pending, claimant, now, limit);
            LiteDbTransaction.Run(database, () =>
            {
                foreach (var entry in claimed)
                {
                    outbox.UpdateMany(
                        BsonExpression.Create("{ claimant: @0, lease: @1 }", claimant, leaseUntil.UtcTicks),
                        BsonExpression.Create("_id = @0", entry.Id));
                }

                return claimed.Count;
            });
            return Task.FromResult(claimed);
        }
    }

    public Task MarkDoneAsync(IReadOnlyCollection<long> ids, OutboxOutcome outcome, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count > 0)
        {
            db.Database.GetCollection(CollectionName, BsonAutoId.Int64).DeleteMany(Query.In("_id", ids.Select(i => new BsonValue(i))));
        }

        return Task.CompletedTask;
    }
}
