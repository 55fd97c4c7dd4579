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
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Upsert(ToDocument(entry));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(_entries.Find(Query.EQ("ticket", ticketId)).Select(Read).OrderBy(e => e.Id, StringComparer.Ordinal).ToList());

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
        ["json"] = StorageJson.Write(entry),
    };

    private static AuditEntry Read(BsonDocument doc) => StorageJson.Read<AuditEntry>(doc);
}
