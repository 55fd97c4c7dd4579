using Assistant.Core.Dialogs;
using Assistant.Core.Storage;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Dialog stacks, one row per user with its version. The version check and the write are one statement
/// (an insert that yields to an existing row, or an update conditional on the version), so two instances
/// handling the same user can never both win.
/// </summary>
public sealed class PostgreSqlConversationStore(PostgreSqlDatabase db) : IConversationStore
{
    public async Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        var row = (await db.QueryAsync<(int Version, string Record)>(
            "SELECT version, record::text FROM conversations WHERE user_id = @userId", new { userId }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (row.Record is null)
        {
            return null;
        }

        var state = StorageJson.Read<ConversationState>(row.Record);
        state.Version = row.Version;
        return state;
    }

    public async Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken)
    {
        var previous = state.Version;
        state.Version = expectedVersion + 1;
        var args = new { userId = state.UserId, version = state.Version, expectedVersion, updated = state.UpdatedAt.UtcTicks, record = StorageJson.Write(state) };
        var written = expectedVersion == 0
            ? await db.ExecuteAsync(
                "INSERT INTO conversations (user_id, version, updated_ticks, record) VALUES (@userId, @version, @updated, @record::jsonb) ON CONFLICT (user_id) DO NOTHING",
                args, cancellationToken).ConfigureAwait(false)
            : await db.ExecuteAsync(
                "UPDATE conversations SET version = @version, updated_ticks = @updated, record = @record::jsonb WHERE user_id = @userId AND version = @expectedVersion",
                args, cancellationToken).ConfigureAwait(false);
        if (written == 0)
        {
            state.Version = previous;
        }

        return written == 1;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM conversations WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.QueryAsync<long>("SELECT user_id FROM conversations WHERE updated_ticks < @before", new { before = before.UtcTicks }, cancellationToken);
}
