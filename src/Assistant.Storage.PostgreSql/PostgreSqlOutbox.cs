using Assistant.Core.Storage;
using Dapper;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// The outbox in PostgreSQL, shared by every instance on the database. Done entries are deleted.
/// <para>
/// Order within a chat: whoever adds messages for a chat first takes a transaction lock on that chat, so a
/// chat's ids grow in commit order and a sender never sees a chat's later message before an earlier one that
/// is still being committed. Claims run one at a time across all instances (a short transaction lock) because
/// the rule "not behind an older entry of the chat held by someone else" looks at several rows at once; the
/// rows are then taken with <c>FOR UPDATE SKIP LOCKED</c>, which passes over entries being marked done.
/// </para>
/// </summary>
public sealed class PostgreSqlOutbox(PostgreSqlDatabase db) : IOutbox
{
    // Advisory lock keys: (ChatLocks, hash of the chat) per chat while adding, (ClaimLock) while claiming.
    private const int ChatLocks = 0x4F42;
    private const long ClaimLock = 0x4153_4F42_434C;

    public Task<IReadOnlyList<OutboxEntry>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken) =>
        messages.Count == 0
            ? Task.FromResult<IReadOnlyList<OutboxEntry>>([])
            : db.InTransactionAsync((connection, transaction) => AddIn(connection, transaction, messages, cancellationToken), cancellationToken);

    /// <summary>Adds the messages inside the caller's transaction; best as its last write, as the chats stay locked until commit.</summary>
    internal static async Task<IReadOnlyList<OutboxEntry>> AddIn(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        // Always in the same order, so two transactions adding to the same chats never wait on each other in a circle.
        var chats = messages.Select(m => m.ChatId).Distinct().ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT count(pg_advisory_xact_lock(@ChatLocks, h)) FROM (SELECT DISTINCT hashint8(c) AS h FROM unnest(@chats) AS c ORDER BY 1) AS locks",
            new { ChatLocks, chats }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        var added = new List<OutboxEntry>(messages.Count);
        foreach (var message in messages)
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO outbox (chat_id, lane, record) VALUES (@chat, @lane, @record::jsonb) RETURNING id",
                new { chat = message.ChatId, lane = (short)message.Lane, record = StorageJson.Write(message) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            added.Add(new OutboxEntry(id, message));
        }

        return added;
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@ClaimLock)", new { ClaimLock }, cancellationToken).ConfigureAwait(false);
            var rows = await connection.QueryAsync<(long Id, string Record)>(new CommandDefinition(
                ClaimSql, new { claimant, now = now.UtcTicks, until = leaseUntil.UtcTicks, limit }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return (IReadOnlyList<OutboxEntry>)rows.Select(r => new OutboxEntry(r.Id, StorageJson.Read<OutboxMessage>(r.Record)))
                .OrderBy(e => e.Lane).ThenBy(e => e.Id).ToList();
        }, cancellationToken);

    public async Task ReleaseAsync(string claimant, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("UPDATE outbox SET claimant = NULL, lease_ticks = 0 WHERE claimant = @claimant", new { claimant }, cancellationToken).ConfigureAwait(false);

    public async Task MarkDoneAsync(IReadOnlyCollection<long> ids, OutboxOutcome outcome, CancellationToken cancellationToken)
    {
        if (ids.Count > 0)
        {
            await db.ExecuteAsync("DELETE FROM outbox WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The rule of <see cref="IOutbox"/> in one statement (as <see cref="OutboxClaims"/>): free entries (no running
    /// lease) not behind an older entry of their chat leased to someone else; chats ordered by their most urgent entry
    /// (lane, then id), each as the unbroken run from its oldest free entry, cut at <c>limit</c> entries in all.
    /// </summary>
    private const string ClaimSql = """
        WITH free AS (
            SELECT o.id, o.chat_id, o.lane FROM outbox o
            WHERE (o.claimant IS NULL OR o.lease_ticks <= @now)
              AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.chat_id = o.chat_id AND b.id < o.id
                              AND b.claimant IS NOT NULL AND b.claimant <> @claimant AND b.lease_ticks > @now)),
        urgent AS (SELECT id, chat_id,
                          first_value(lane) OVER (PARTITION BY chat_id ORDER BY lane, id) AS chat_lane,
                          first_value(id) OVER (PARTITION BY chat_id ORDER BY lane, id) AS chat_first FROM free),
        ranked AS (SELECT id, row_number() OVER (ORDER BY chat_lane, chat_first, id) AS rank FROM urgent),
        taken AS (SELECT o.id FROM outbox o JOIN ranked r ON r.id = o.id WHERE r.rank <= @limit FOR UPDATE OF o SKIP LOCKED)
        UPDATE outbox o SET claimant = @claimant, lease_ticks = @until FROM taken t WHERE o.id = t.id
        RETURNING o.id, o.record::text
        """;
}
