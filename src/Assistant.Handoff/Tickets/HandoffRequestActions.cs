using Assistant.Core.Dialogs;
using Assistant.Handoff.Relay;

namespace Assistant.Handoff.Tickets;

/// <summary>
/// Handlers of <c>dialogs/handoff-request.yaml</c>: "Talk to a person", and questions the bot could not
/// answer (handed over as <c>topic</c>). Both become tickets for the general staff (routing permitting).
/// </summary>
internal sealed class HandoffRequestActions(TicketService tickets, TicketDesk desk, RelayService relay) : IFlowActions
{
    private const string QuestionGiven = "question_given";

    public string FlowId => "handoff-request";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["create"] = CreateAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!tickets.IsActive)
        {
            context.Values.Remove("topic");
            return "unavailable";
        }

        var open = (await tickets.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(t => t.IsOpen && !t.IsReport);
        if (context.Value("topic") is { } topic)
        {
            // A question handed over while a request is open belongs to that request, not to a second one.
            if (open is not null && await relay.FromParticipantAsync(context.UserId, open.Id, context.Take("topic"), [], cancellationToken).ConfigureAwait(false) != RelayOutcome.Closed)
            {
                context.Values["ticket"] = open.Id;
                return "added";
            }

            context.Values["topic"] = topic;
            context.Values[QuestionGiven] = "yes";
            return "create";
        }

        if (open is null)
        {
            return null;
        }

        context.Values["ticket"] = open.Id;
        return "already_open";
    }

    private async ValueTask<string?> CreateAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // A question handed over by the caller is one the bot could not answer; typed here, it is a request for a person.
        var kind = context.Values.Remove(QuestionGiven) ? TicketKind.UnansweredQuestion : TicketKind.PersonRequest;
        var topic = context.Take("topic") ?? "";
        var ticket = await desk.OpenAsync(context.UserId, context.Language, kind, new TicketContent { Topic = topic.Trim() }, cancellationToken).ConfigureAwait(false);
        context.Values["ticket"] = ticket.Id;
        return null;
    }
}
