using Assistant.Handoff.Audit;
using LiteDB;

namespace Assistant.Storage.LiteDb.Handoff;

/// <summary>The audit log, indexed by ticket and by staff member (for pseudonymising after erasure).</summary>
public sealed class LiteDbAuditLog : IAuditLog
{
    private readonly ILiteCollection<BsonDocument> _entries;
    private readonly Lock _lock = new();

    public LiteDbAuditLog(AssistantDatabase db)
    {
        _entries = db.Collection("handoff_audit");
        _entries.EnsureIndex("ticket");
        _entries.EnsureIndex("staff");
        _entries.EnsureIndex("action");

        // Entries from before the staff console lack the action its audit page filters by: written once, here.
        foreach (var doc in _entries.Find(Query.EQ("action", BsonValue.Null)).ToList())
        {
            _entries.Upsert(ToDocument(Read(doc)));
        }
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Upsert(ToDocument(entry));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(_entries.Find(Query.EQ("ticket", ticketId)).Select(Read).OrderBy(e => e.Id, StringComparer.Ordinal).ToList());

    public Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<BsonExpression>();
        if (query.StaffUserId is { } staff)
        {
            filters.Add(Query.EQ("staff", staff));
        }

        if (query.TicketId is { } ticket)
        {
            filters.Add(Query.EQ("ticket", ticket));
        }

        if (query.Action is { } action)
        {
            filters.Add(Query.EQ("action", action.ToString()));
        }

        var where = filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => Query.And([.. filters]),
        };
        var total = where is null ? _entries.Count() : _entries.Count(where);
        // The ids sort by time (AuditTrail), so the newest come first by id.
        var page = (where is null ? _entries.Query() : _entries.Query().Where(where)).OrderByDescending("_id").Skip(query.Skip).Limit(query.Take).ToList().Select(Read).ToList();
        return Task.FromResult(new AuditPage(page, total));
    }

    public Task<int> PseudonymizeAsync(long staffUserId, string pseudonym, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var mine = _entries.Find(Query.EQ("staff", staffUserId)).Select(Read).ToList();
            foreach (var entry in mine)
            {
                _entries.Upsert(ToDocument(entry with { StaffUserId = null, StaffPseudonym = pseudonym }));
            }

            return Task.FromResult(mine.Count);
        }
    }

    public Task<int> DeleteForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.DeleteMany(Query.EQ("ticket", ticketId)));

    private static BsonDocument ToDocument(AuditEntry entry) => new()
    {
        ["_id"] = entry.Id,
        ["ticket"] = entry.TicketId,
        ["staff"] = entry.StaffUserId is { } staff ? new BsonValue(staff) : BsonValue.Null,
        ["action"] = entry.Action.ToString(),
        ["json"] = StorageJson.Write(entry),
    };

    private static AuditEntry Read(BsonDocument doc) => StorageJson.Read<AuditEntry>(doc);
}
