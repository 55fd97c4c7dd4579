using Assistant.Core.Dialogs;
using Assistant.Core.Privacy;
using Assistant.Core.Users;
using Assistant.Handoff.Tickets;
using Assistant.Handoff.Translation;

namespace Assistant.Handoff.Relay;

/// <summary>
/// Handlers of <c>dialogs/ticket-open.yaml</c>: the participant's side of the relay. A person who writes
/// another language than staff is asked once whether the named service may translate their messages; without
/// a service they are told so once per ticket and offered an interpreter.
/// </summary>
internal sealed class TicketOpenActions(
    TicketService tickets,
    TicketDesk desk,
    RelayService relay,
    TicketTranslation translation,
    TranslatedRelay translated,
    ConsentRecorder consent,
    IAiServiceName service) : IFlowActions
{
    public string FlowId => StaffTopicRelay.TicketOpenFlow;

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["relay"] = RelayAsync,
        ["finish"] = FinishAsync,
        ["save_translation"] = SaveTranslationAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await tickets.OpenTicketOfAsync(context.UserId, context.Value("ticket"), cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return "closed";
        }

        switch (await translation.ModeAsync(ticket, context.UserId, cancellationToken).ConfigureAwait(false))
        {
            case TranslationMode.NotAsked:
                context.Values["service"] = service.Name ?? "";
                return "ask_translation";
            case TranslationMode.Unavailable:
                var offered = await tickets.MarkOnceAsync(ticket.Id, t => t.InterpreterOffered, t => t with { InterpreterOffered = true }, cancellationToken).ConfigureAwait(false);
                return offered.Outcome == TicketOutcome.Done ? "no_translation" : null;
            default:
                return null;
        }
    }

    private async ValueTask<string?> SaveTranslationAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var agreed = context.Take("answer") == "yes";
        context.Values.Remove("service");
        context.UpdateProfile(p => consent.RecordMachineTranslation(p, agreed));
        if (agreed)
        {
            return "wait";
        }

        if (await tickets.OpenTicketOfAsync(context.UserId, context.Value("ticket"), cancellationToken).ConfigureAwait(false) is { } ticket)
        {
            await translated.TellStaffOnceAsync(ticket, TranslationMode.Refused, cancellationToken).ConfigureAwait(false);
        }

        return "translation_declined";
    }

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
