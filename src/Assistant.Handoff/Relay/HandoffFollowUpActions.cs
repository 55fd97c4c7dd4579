using Assistant.Core.Dialogs;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Relay;

/// <summary>
/// Handlers of <c>dialogs/handoff-follow-up.yaml</c>: text typed at the main menu while a request is open is
/// offered to that request, so a follow-up after "back to the menu" reaches the person who knows the case.
/// </summary>
internal sealed class HandoffFollowUpActions(TicketService tickets, RelayService relay) : IFlowActions
{
    private const string Outcome = "outcome";
    private const string Search = "search";

    public string FlowId => "handoff-follow-up";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["forward"] = ForwardAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var open = tickets.IsActive
            ? (await tickets.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false)).LastOrDefault(t => t.IsOpen)
            : null;
        if (open is null || string.IsNullOrWhiteSpace(context.Value("question")))
        {
            return SearchInstead(context);
        }

        context.Values["ticket"] = open.Id;
        return null;
    }

    private async ValueTask<string?> ForwardAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // Taken out of the values first: the message must not stay in the stored conversation.
        var text = context.Take("question");
        var outcome = await relay.FromParticipantAsync(context.UserId, context.Value("ticket"), text, [], cancellationToken).ConfigureAwait(false);
        if (outcome == RelayOutcome.Closed)
        {
            // Closed meanwhile: the menu answers the text as a question after all, from its own copy.
            return SearchInstead(context);
        }

        context.Values[Outcome] = "sent";
        return null;
    }

    private static string SearchInstead(ActionContext context)
    {
        context.Values[Outcome] = Search;
        return FlowDefinition.EndTarget;
    }
}
