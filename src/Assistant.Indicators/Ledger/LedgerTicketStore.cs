using Assistant.Handoff.Security;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Logging;

namespace Assistant.Indicators.Ledger;

/// <summary>
/// Wraps the ticket store: a closed ticket, and a discrimination report with its grounds and area (read
/// from the sealed content when it arrives), go to the ledger as anonymous events.
/// </summary>
internal sealed class LedgerTicketStore(
    ITicketStore inner,
    ILedgerStore ledger,
    Lazy<ContentProtector> protector,
    TimeProvider time,
    ILogger<LedgerTicketStore> logger) : ITicketStore
{
    public Task<int> NextNumberAsync(string series, CancellationToken cancellationToken) => inner.NextNumberAsync(series, cancellationToken);

    public Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public async Task SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        await inner.SaveAsync(ticket, cancellationToken).ConfigureAwait(false);
        try
        {
            if (ticket.IsReport && ticket.Sealed.Length > 0)
            {
                await RecordReportAsync(ticket, cancellationToken).ConfigureAwait(false);
            }

            if (ticket.State == TicketState.Closed)
            {
                await ledger.AppendAsync(new IndicatorEvent
                {
                    Id = "ticket-closed:" + ticket.Id,
                    Kind = LedgerEventKind.TicketClosed,
                    At = ticket.ClosedAt ?? time.GetUtcNow(),
                    Subject = TicketKinds.Name(ticket.Kind),
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Ticket {TicketId} could not be written to the indicator ledger", ticket.Id);
        }
    }

    public Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken) => inner.FindByTopicAsync(chatId, topicId, cancellationToken);

    public Task<IReadOnlyList<HandoffTicket>> ForParticipantAsync(string participantKey, CancellationToken cancellationToken) => inner.ForParticipantAsync(participantKey, cancellationToken);

    public Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.ClosedBeforeAsync(before, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => inner.DeleteAsync(id, cancellationToken);

    private async Task RecordReportAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        var id = "report:" + ticket.Id;
        // Only the first save of a report is read: the grounds and the area do not change afterwards.
        if (ticket.State != TicketState.New || ticket.ClaimedAt is not null)
        {
            return;
        }

        if (protector.Value.Open<TicketContent>(ticket.Sealed, ticket.Id).Report is not { } report)
        {
            return;
        }

        await ledger.AppendAsync(new IndicatorEvent
        {
            Id = id,
            Kind = LedgerEventKind.ReportReceived,
            At = ticket.CreatedAt,
            Subject = TicketKinds.Name(ticket.Kind),
            Group = report.Area,
            Tags = report.Grounds,
        }, cancellationToken).ConfigureAwait(false);
    }
}
