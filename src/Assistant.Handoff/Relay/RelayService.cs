using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Tickets;
using Assistant.Handoff.Translation;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Relay;

internal enum RelayOutcome
{
    Relayed,

    /// <summary>A report nobody claimed yet: the message waits, encrypted, for the counsellor.</summary>
    Held,
    Closed,
}

/// <summary>
/// Passes messages between a ticket's topic and its participant, both ways, machine-translated where the
/// person agreed (<see cref="TranslatedRelay"/>); a translation never holds a message up.
/// </summary>
internal sealed class RelayService(
    TicketService tickets,
    TicketDesk desk,
    TranslatedRelay translated,
    StaffTexts texts,
    AuditTrail audit,
    IOptions<HandoffOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// A staff member wrote in the ticket's topic: it goes to the participant, signed as configured. An
    /// unclaimed ticket is claimed by whoever answers first; a report only by a counsellor.
    /// Returns a reply for the topic when nothing was passed on, and the participant when it was.
    /// </summary>
    public async Task<(OutgoingMessage? Reply, long? Participant)> AnswerAsync(HandoffTicket ticket, StaffChatMessage message, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        if (!ticket.IsOpen)
        {
            return (texts.Message("tickets.is_closed", ("ticket", ticket.Id)), null);
        }

        if (ticket.IsReport && !roles.Contains(StaffRole.AntiDiscrimination))
        {
            return (texts.Message("tickets.report_role_needed"), null);
        }

        if (ticket.State == TicketState.New && await desk.ClaimAsync(ticket.Id, message, roles, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return (refused, null);
        }

        var current = await tickets.GetAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        if (current is not { IsOpen: true } || tickets.Open(current).ParticipantId is not { } participant)
        {
            return (texts.Message("tickets.participant_gone", ("ticket", ticket.Id)), null);
        }

        var signed = (string text) => options.Value.RelayName == RelayName.FirstName && message.FromFirstName is { } name
            ? texts.ForParticipant(current.Language, "handoff.from_named", ("name", name), ("role", desk.RoleName(current)), ("text", text))
            : texts.ForParticipant(current.Language, "handoff.from_role", ("role", desk.RoleName(current)), ("text", text));
        await translated.ToParticipantAsync(current, participant, message, signed, cancellationToken).ConfigureAwait(false);
        await tickets.SetWaitingAsync(current.Id, waiting: true, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(message.FromUserId, AuditAction.Answered, current.Id, cancellationToken).ConfigureAwait(false);
        return (null, participant);
    }

    /// <summary>The participant wrote while their ticket is open: to the topic, or held until a counsellor claims the report.</summary>
    public async Task<RelayOutcome> FromParticipantAsync(long userId, string? ticketId, string? text, IReadOnlyList<Attachment> files, CancellationToken cancellationToken)
    {
        if (await tickets.OpenTicketOfAsync(userId, ticketId, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return RelayOutcome.Closed;
        }

        var message = new RelayedMessage(time.GetUtcNow(), text?.Trim() ?? "", files);
        if (ticket.IsReport && ticket.State == TicketState.New)
        {
            var held = await tickets.HoldAsync(ticket.Id, message, cancellationToken).ConfigureAwait(false);
            return held.Outcome == TicketOutcome.Done ? RelayOutcome.Held : RelayOutcome.Closed;
        }

        await translated.ToStaffAsync(ticket, userId, message, earlier: false, cancellationToken).ConfigureAwait(false);
        if (ticket.State == TicketState.Waiting)
        {
            await tickets.SetWaitingAsync(ticket.Id, waiting: false, cancellationToken).ConfigureAwait(false);
        }

        return RelayOutcome.Relayed;
    }
}
