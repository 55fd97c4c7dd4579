namespace Assistant.Handoff.Audit;

/// <summary>
/// One thing a staff member did with a ticket. Kept after the ticket is gone: who looked at which case
/// must stay answerable. A staff member who had their data erased appears only by <see cref="StaffPseudonym"/>.
/// </summary>
public sealed record AuditEntry
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public long? StaffUserId { get; init; }

    /// <summary>Set instead of <see cref="StaffUserId"/> after erasure; the same person keeps the same pseudonym.</summary>
    public string? StaffPseudonym { get; init; }

    public required AuditAction Action { get; init; }

    public required string TicketId { get; init; }
}

/// <summary>What a staff member did with a ticket.</summary>
public enum AuditAction
{
    Claimed,

    /// <summary>The report's content was sent to the staff member.</summary>
    Read,

    /// <summary>An answer was passed on to the participant.</summary>
    Answered,

    Noted,
    Closed,

    /// <summary>Someone without the role tried to open the ticket (in the staff console); nothing was shown.</summary>
    Denied,
}

/// <summary>Keeps the audit entries; entries are only added, and changed only to pseudonymise a staff member.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ForTicketAsync(string ticketId, CancellationToken cancellationToken);

    /// <summary>Replaces the staff member's id by the pseudonym in every entry; returns how many entries changed.</summary>
    Task<int> PseudonymizeAsync(long staffUserId, string pseudonym, CancellationToken cancellationToken);

    /// <summary>Entries matching <paramref name="query"/>, newest first, one page of them, and how many match in all.</summary>
    Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes a ticket's entries when the ticket itself goes at the end of its retention period.</summary>
    Task<int> DeleteForTicketAsync(string ticketId, CancellationToken cancellationToken);
}

/// <summary>What the audit log is searched by; null means any. <see cref="Skip"/> and <see cref="Take"/> page the newest-first list.</summary>
public sealed record AuditQuery(long? StaffUserId = null, string? TicketId = null, AuditAction? Action = null, int Skip = 0, int Take = 50);

/// <summary>One page of audit entries and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);
