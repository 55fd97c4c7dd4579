using Assistant.Core.Dialogs;
using Assistant.Core.Storage;
using Dapper;
using Npgsql;

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
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!await TrySaveIn(connection, null, state, expectedVersion, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        state.Version = expectedVersion + 1;
        return true;
    }

    /// <summary>The version-checked write, also inside a turn's transaction; the caller sets the state's version once it is committed.</summary>
    internal static async Task<bool> TrySaveIn(NpgsqlConnection connection, NpgsqlTransaction? transaction, ConversationState state, int expectedVersion, CancellationToken cancellationToken)
    {
        var version = expectedVersion + 1;
        var args = new { userId = state.UserId, version, expectedVersion, updated = state.UpdatedAt.UtcTicks, record = StorageJson.Write(state) };
        var sql = expectedVersion == 0
            ? "INSERT INTO conversations (user_id, version, updated_ticks, record) VALUES (@userId, @version, @updated, @record::jsonb) ON CONFLICT (user_id) DO NOTHING"
            : "UPDATE conversations SET version = @version, updated_ticks = @updated, record = @record::jsonb WHERE user_id = @userId AND version = @expectedVersion";
        var written = await connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return written == 1;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM conversations WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.QueryAsync<long>("SELECT user_id FROM conversations WHERE updated_ticks < @before", new { before = before.UtcTicks }, cancellationToken);
}
