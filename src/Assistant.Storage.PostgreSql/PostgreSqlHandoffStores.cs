using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tickets;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Tickets beside the columns they are found by. The content arrives sealed and is stored as given;
/// case numbers come from one counter row per series, incremented in one statement.
/// </summary>
public sealed class PostgreSqlTicketStore(PostgreSqlDatabase db) : ITicketStore
{
    public async Task<int> NextNumberAsync(string series, CancellationToken cancellationToken) =>
        (await db.QueryAsync<int>(
            """
            INSERT INTO handoff_counters (series, last_number) VALUES (@series, 1)
            ON CONFLICT (series) DO UPDATE SET last_number = handoff_counters.last_number + 1
            RETURNING last_number
            """,
            new { series }, cancellationToken).ConfigureAwait(false))[0];

    public Task SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO handoff_tickets (id, participant_key, topic, created_ticks, closed_ticks, record)
            VALUES (@id, @participant, @topic, @created, @closed, @record::jsonb)
            ON CONFLICT (id) DO UPDATE SET participant_key = excluded.participant_key, topic = excluded.topic,
                created_ticks = excluded.created_ticks, closed_ticks = excluded.closed_ticks, record = excluded.record
            """,
            new
            {
                id = ticket.Id,
                participant = ticket.ParticipantKey,
                topic = ticket.Post is { TopicId: { } topic } post ? TopicKey(post.ChatId, topic) : null,
                created = ticket.CreatedAt.UtcTicks,
                closed = ticket.ClosedAt?.UtcTicks,
                record = StorageJson.Write(ticket),
            },
            cancellationToken);

    public Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<HandoffTicket>("SELECT record::text FROM handoff_tickets WHERE id = @id", new { id }, cancellationToken);

    public Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken) =>
        db.RecordAsync<HandoffTicket>("SELECT record::text FROM handoff_tickets WHERE topic = @topic LIMIT 1", new { topic = TopicKey(chatId, topicId) }, cancellationToken);

    public Task<IReadOnlyList<HandoffTicket>> ForParticipantAsync(string participantKey, CancellationToken cancellationToken) =>
        db.RecordsAsync<HandoffTicket>("SELECT record::text FROM handoff_tickets WHERE participant_key = @participantKey ORDER BY created_ticks", new { participantKey }, cancellationToken);

    public Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.RecordsAsync<HandoffTicket>("SELECT record::text FROM handoff_tickets WHERE closed_ticks < @before", new { before = before.UtcTicks }, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM handoff_tickets WHERE id = @id", new { id }, cancellationToken);

    public async Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (query.State is not null)
        {
            filters.Add("record->>'state' = @state");
        }

        if (query.OpenOnly)
        {
            filters.Add("record->>'state' <> 'Closed'");
        }

        if (query.Kind is not null)
        {
            filters.Add("record->>'kind' = @kind");
        }

        if (query.WithoutReports)
        {
            filters.Add("record->>'kind' <> 'DiscriminationReport'");
        }

        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        var args = new { state = query.State?.ToString(), kind = query.Kind?.ToString(), skip = query.Skip, take = query.Take };
        var total = (await db.QueryAsync<long>($"SELECT count(*) FROM handoff_tickets {where}", args, cancellationToken).ConfigureAwait(false))[0];
        var page = await db.RecordsAsync<HandoffTicket>(
            $"SELECT record::text FROM handoff_tickets {where} ORDER BY created_ticks DESC, id DESC OFFSET @skip LIMIT @take", args, cancellationToken).ConfigureAwait(false);
        return new TicketPage(page, (int)total);
    }

    private static string TopicKey(long chatId, int topicId) => $"{chatId}:{topicId}";
}

/// <summary>Report drafts by the person's pseudonym; the content arrives sealed and stays so.</summary>
public sealed class PostgreSqlReportDraftStore(PostgreSqlDatabase db) : IReportDraftStore
{
    public Task<ReportDraft?> GetAsync(string key, CancellationToken cancellationToken) =>
        db.RecordAsync<ReportDraft>("SELECT record::text FROM handoff_drafts WHERE key = @key", new { key }, cancellationToken);

    public Task SaveAsync(ReportDraft draft, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO handoff_drafts (key, updated_ticks, record) VALUES (@key, @updated, @record::jsonb)
            ON CONFLICT (key) DO UPDATE SET updated_ticks = excluded.updated_ticks, record = excluded.record
            """,
            new { key = draft.Key, updated = draft.UpdatedAt.UtcTicks, record = StorageJson.Write(draft) }, cancellationToken);

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM handoff_drafts WHERE key = @key", new { key }, cancellationToken).ConfigureAwait(false) > 0;

    public Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM handoff_drafts WHERE updated_ticks < @before", new { before = before.UtcTicks }, cancellationToken);
}

/// <summary>The audit log, found by ticket and by staff member (to pseudonymise after erasure).</summary>
public sealed class PostgreSqlAuditLog(PostgreSqlDatabase db) : IAuditLog
{
    private const string Save = """
        INSERT INTO handoff_audit (id, ticket_id, staff_user_id, record) VALUES (@id, @ticket, @staff, @record::jsonb)
        ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, staff_user_id = excluded.staff_user_id, record = excluded.record
        """;

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) => db.ExecuteAsync(Save, Row(entry), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        db.RecordsAsync<AuditEntry>("SELECT record::text FROM handoff_audit WHERE ticket_id = @ticketId ORDER BY id COLLATE \"C\"", new { ticketId }, cancellationToken);

    public Task<int> PseudonymizeAsync(long staffUserId, string pseudonym, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var mine = await connection.RecordsAsync<AuditEntry>(transaction,
                "SELECT record::text FROM handoff_audit WHERE staff_user_id = @staffUserId FOR UPDATE", new { staffUserId }, cancellationToken).ConfigureAwait(false);
            foreach (var entry in mine)
            {
                await connection.ExecuteAsync(transaction, Save, Row(entry with { StaffUserId = null, StaffPseudonym = pseudonym }), cancellationToken).ConfigureAwait(false);
            }

            return mine.Count;
        }, cancellationToken);

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (query.StaffUserId is not null)
        {
            filters.Add("staff_user_id = @staff");
        }

        if (query.TicketId is not null)
        {
            filters.Add("ticket_id = @ticket");
        }

        if (query.Action is not null)
        {
            filters.Add("record->>'action' = @action");
        }

        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        var args = new { staff = query.StaffUserId, ticket = query.TicketId, action = query.Action?.ToString(), skip = query.Skip, take = query.Take };
        var total = (await db.QueryAsync<long>($"SELECT count(*) FROM handoff_audit {where}", args, cancellationToken).ConfigureAwait(false))[0];
        // The ids sort by time (AuditTrail), so the newest come first by id.
        var page = await db.RecordsAsync<AuditEntry>(
            $"SELECT record::text FROM handoff_audit {where} ORDER BY id COLLATE \"C\" DESC OFFSET @skip LIMIT @take", args, cancellationToken).ConfigureAwait(false);
        return new AuditPage(page, (int)total);
    }

    public Task<int> DeleteForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM handoff_audit WHERE ticket_id = @ticketId", new { ticketId }, cancellationToken);

    private static object Row(AuditEntry entry) =>
        new { id = entry.Id, ticket = entry.TicketId, staff = entry.StaffUserId, record = StorageJson.Write(entry) };
}
