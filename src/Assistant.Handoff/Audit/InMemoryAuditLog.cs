using System.Collections.Concurrent;

namespace Assistant.Handoff.Audit;

/// <summary>The audit log in memory, for tests.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly ConcurrentDictionary<string, AuditEntry> _entries = new();

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries[entry.Id] = entry;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(_entries.Values.Where(e => e.TicketId == ticketId).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());

    public Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var matching = _entries.Values
            .Where(e => (query.StaffUserId is null || e.StaffUserId == query.StaffUserId)
                && (query.TicketId is null || e.TicketId == query.TicketId)
                && (query.Action is null || e.Action == query.Action))
            .OrderByDescending(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new AuditPage(matching.Skip(query.Skip).Take(query.Take).ToList(), matching.Count));
    }

    public Task<int> PseudonymizeAsync(long staffUserId, string pseudonym, CancellationToken cancellationToken)
    {
        var mine = _entries.Values.Where(e => e.StaffUserId == staffUserId).ToList();
        foreach (var entry in mine)
        {
            _entries[entry.Id] = entry with { StaffUserId = null, StaffPseudonym = pseudonym };
        }

        return Task.FromResult(mine.Count);
    }

    public Task<int> DeleteForTicketAsync(string ticketId, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.Values.Where(e => e.TicketId == ticketId).Count(e => _entries.TryRemove(e.Id, out _)));
}
