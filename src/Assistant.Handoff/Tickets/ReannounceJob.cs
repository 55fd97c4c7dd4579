using Assistant.Core.Scheduling;

namespace Assistant.Handoff.Tickets;

/// <summary>
/// A new ticket nobody claimed is announced again in its staff chat after <c>Handoff:ReannounceAfter</c>,
/// and again after as long, at most <c>Handoff:MaxReannouncements</c> times. Claiming cancels what is left.
/// </summary>
internal sealed class ReannounceJob(TicketService tickets, TicketDesk desk) : IJobHandler
{
    public const string JobKind = "handoff-reannounce";

    public string Kind => JobKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (!job.Data.TryGetValue("ticket", out var id))
        {
            return;
        }

        var result = await tickets.CountReannouncementAsync(id, cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: TicketOutcome.Done, Ticket: { } ticket })
        {
            await desk.ReannounceAsync(ticket, cancellationToken).ConfigureAwait(false);
            await tickets.ScheduleReannouncementAsync(ticket, cancellationToken).ConfigureAwait(false);
        }
    }
}
