using Assistant.Core.Dialogs;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Relay;

/// <summary>Handlers of <c>dialogs/ticket-open.yaml</c>: the participant's side of the relay.</summary>
internal sealed class TicketOpenActions(TicketService tickets, TicketDesk desk, RelayService relay) : IFlowActions
{
    public string FlowId => StaffTopicRelay.TicketOpenFlow;

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["relay"] = RelayAsync,
        ["finish"] = FinishAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        await tickets.OpenTicketOfAsync(context.UserId, context.Value("ticket"), cancellationToken).ConfigureAwait(false) is null ? "closed" : null;

    private async ValueTask<string?> RelayAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // Taken out of the values before anything else: the message must not stay in the stored conversation.
        var text = context.Take("text");
        var outcome = await relay.FromParticipantAsync(context.UserId, context.Value("ticket"), text, context.Message.Attachments, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            RelayOutcome.Relayed => "relayed",
            RelayOutcome.Held => "kept",
            _ => "closed",
        };
    }

    private async ValueTask<string?> FinishAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await tickets.OpenTicketOfAsync(context.UserId, context.Value("ticket"), cancellationToken).ConfigureAwait(false) is { } ticket)
        {
            await desk.CloseForParticipantAsync(ticket.Id, erased: false, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
