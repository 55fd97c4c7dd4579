using Assistant.Core.Dialogs;
using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Dialog stacks, one document per user, stored as JSON beside a version number. The version check
/// and the write happen under one lock, which LiteDB's single-process file access makes sufficient.
/// </summary>
public sealed class LiteDbConversationStore(AssistantDatabase db) : IConversationStore
{
    private readonly ILiteCollection<BsonDocument> _conversations = Indexed(db.Collection("conversations"));
    private readonly Lock _writeLock = new();

    public Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _conversations.FindById(userId);
        return Task.FromResult(doc is null ? null : ToState(doc));
    }

    public Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            var stored = _conversations.FindById(state.UserId);
            var storedVersion = stored is null ? 0 : stored["version"].AsInt32;
            if (storedVersion != expectedVersion)
            {
                return Task.FromResult(false);
            }

            state.Version = expectedVersion + 1;
            _conversations.Upsert(new BsonDocument
            {
                ["_id"] = state.UserId,
                ["version"] = state.Version,
                ["updated"] = state.UpdatedAt.UtcTicks,
                ["state"] = StorageJson.Write(state),
            });
            return Task.FromResult(true);
        }
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
