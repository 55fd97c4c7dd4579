using Assistant.Core.Dialogs;
using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Dialog stacks, one document per user, stored as JSON beside a version number. A save is one
/// version-checked write (an insert for a new conversation, an update where the stored version still
/// matches), with no read before it and no lock: one user's turns already run one at a time, and the
/// check catches any other writer.
/// </summary>
public sealed class LiteDbConversationStore(AssistantDatabase db) : IConversationStore
{
    internal const string CollectionName = "conversations";
    private readonly ILiteCollection<BsonDocument> _conversations = Indexed(db.Collection(CollectionName));

    public Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _conversations.FindById(userId);
        return Task.FromResult(doc is null ? null : ToState(doc));
    }

    public Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TrySaveIn(db.Database, state, expectedVersion))
        {
            return Task.FromResult(false);
        }

        state.Version = expectedVersion + 1;
        return Task.FromResult(true);
    }

    /// <summary>The version-checked write, inside the caller's transaction if one is open; leaves <paramref name="state"/>'s version alone.</summary>
    internal static bool TrySaveIn(LiteDatabase database, ConversationState state, int expectedVersion)
    {
        var conversations = database.GetCollection(CollectionName);
        // The stored version field is the one read back (ToState); the version inside the JSON does not count.
        var json = StorageJson.Write(state);
        if (expectedVersion == 0)
        {
            try
            {
                conversations.Insert(new BsonDocument
                {
                    ["_id"] = state.UserId,
                    ["version"] = 1,
                    ["updated"] = state.UpdatedAt.UtcTicks,
                    ["state"] = json,
                });
                return true;
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return false;
            }
        }

        return conversations.UpdateMany(
            BsonExpression.Create("{ version: @0, updated: @1, state: @2 }", expectedVersion + 1, state.UpdatedAt.UtcTicks, json),
            BsonExpression.Create("_id = @0 AND version = @1", state.UserId, expectedVersion)) == 1;
    }

    public Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>(_conversations
            .Find(Query.LT("updated", before.UtcTicks))
            .Select(d => d["_id"].AsInt64)
            .ToList());

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _conversations.Delete(userId);
        return Task.CompletedTask;
    }

    private static ILiteCollection<BsonDocument> Indexed(ILiteCollection<BsonDocument> collection)
    {
        collection.EnsureIndex("updated");
        return collection;
    }

    private static ConversationState ToState(BsonDocument doc)
    {
        var state = StorageJson.Read<ConversationState>(doc, "state");
        state.Version = doc["version"].AsInt32;
        return state;
    }
}
