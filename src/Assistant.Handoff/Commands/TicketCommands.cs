using System.Text.RegularExpressions;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Commands;

/// <summary>
/// Finds the ticket a command means: a case number after the command (<c>/claim AD-2026-0042</c>, which
/// the buttons carry), or else the topic the command was written in.
/// </summary>
internal sealed partial class TicketCommandTarget(TicketService tickets)
{
    public async Task<(string? TicketId, string Remainder)> ResolveAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var argument = context.Argument.Trim();
        var parts = argument.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (!tickets.IsActive)
        {
            // Switched off (no key): tickets that may still be stored cannot be read.
            return (null, argument);
        }

        if (CaseNumber().IsMatch(parts[0]))
        {
            return (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : "");
        }

        if (context.Message.TopicId is { } topic
            && await tickets.FindByTopicAsync(context.Message.ChatId, topic, cancellationToken).ConfigureAwait(false) is { } ticket)
        {
            return (ticket.Id, argument);
        }

        return (null, argument);
    }

    [GeneratedRegex("^(AD|GS)-[0-9]{4}-[0-9]{4,}$", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumber();
}

/// <summary>
/// A staff command on one ticket: the ticket is found first (<see cref="TicketCommandTarget"/>), and a
/// command that finds none says so and does nothing.
/// </summary>
internal abstract class TicketCommand(string name, TicketCommandTarget target, StaffTexts texts) : IStaffCommand
{
    public string Name => name;

    public StaffRole RequiredRole => StaffRole.Staff;

    protected StaffTexts Texts => texts;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken) =>
        await target.ResolveAsync(context, cancellationToken).ConfigureAwait(false) is ({ } id, var remainder)
            ? await ActAsync(id, remainder, context, cancellationToken).ConfigureAwait(false)
            : texts.Message("tickets.not_found");

    /// <summary>Acts on the ticket found; <paramref name="remainder"/> is the text after the case number, if one was given.</summary>
    protected abstract Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken);
}

/// <summary><c>/claim</c>: takes a ticket. A report's content then goes to the counsellor privately.</summary>
internal sealed class ClaimCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : TicketCommand("claim", target, texts)
{
    protected override Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken) =>
        desk.ClaimAsync(ticketId, context.Message, context.Roles, cancellationToken);
}

/// <summary><c>/close</c>: ends a ticket; the participant is told, and nothing is passed on any more.</summary>
internal sealed class CloseCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : TicketCommand("close", target, texts)
{
    protected override Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken) =>
        desk.CloseAsync(ticketId, context.Message, context.Roles, cancellationToken);
}

/// <summary><c>/note text</c>: an internal note, stored encrypted with the ticket and never passed on.</summary>
internal sealed class NoteCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : TicketCommand("note", target, texts)
{
    protected override Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken) =>
        desk.NoteAsync(ticketId, context.Message, context.Roles, remainder, cancellationToken);
}

/// <summary><c>/read</c>: sends the report (or request) to the staff member privately again; reports only to counsellors.</summary>
internal sealed class ReadCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : TicketCommand("read", target, texts)
{
    protected override Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken) =>
        desk.ReadAsync(ticketId, context.Message, context.Roles, cancellationToken);
}

/// <summary>
/// <c>/translate off|on</c>: machine translation for one ticket, e.g. off for a counsellor who speaks the
/// person's language. Recorded on the ticket; a report's only by a counsellor.
/// </summary>
internal sealed class TranslateCommand(TicketCommandTarget target, TicketService tickets, StaffTexts texts) : TicketCommand("translate", target, texts)
{
    protected override async Task<OutgoingMessage?> ActAsync(string ticketId, string remainder, StaffCommandContext context, CancellationToken cancellationToken)
    {
        if (await tickets.GetAsync(ticketId, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return Texts.Message("tickets.not_found");
        }

        if (ticket.IsReport && !context.Roles.Contains(StaffRole.AntiDiscrimination))
        {
            return Texts.Message("tickets.report_role_needed");
        }

        bool? off = remainder.Trim().ToLowerInvariant() switch
        {
            "off" or "aus" => true,
            "on" or "an" or "ein" => false,
            _ => null,
        };
        if (off is not { } turnOff)
        {
            return Texts.Message("translation.usage");
        }

        var result = await tickets.SetTranslationOffAsync(ticketId, turnOff, cancellationToken).ConfigureAwait(false);
        return result.Outcome == TicketOutcome.Done
            ? Texts.Message(turnOff ? "translation.turned_off" : "translation.turned_on", ("ticket", ticketId))
            : Texts.Message("tickets.is_closed", ("ticket", ticketId));
    }
}
