using Microsoft.Extensions.Logging;

namespace Assistant.Handoff.Audit;

/// <summary>Writes the audit log: who claimed, read, answered, noted and closed which ticket, and when.</summary>
internal sealed class AuditTrail(IAuditLog log, TimeProvider time, ILogger<AuditTrail> logger)
{
    private static long _sequence;

    public async Task RecordAsync(long staffUserId, AuditAction action, string ticketId, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        // Sortable ids: entries of the same instant keep the order they were written in.
        var id = $"{at.UtcTicks:D19}-{Interlocked.Increment(ref _sequence):D10}";
        await log.AppendAsync(new AuditEntry { Id = id, At = at, StaffUserId = staffUserId, Action = action, TicketId = ticketId }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Ticket {TicketId}: {Action}", ticketId, action);
    }
}
