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

/// <summary><c>/claim</c>: takes a ticket. A report's content then goes to the counsellor privately.</summary>
internal sealed class ClaimCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : IStaffCommand
{
    public string Name => "claim";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken) =>
        await target.ResolveAsync(context, cancellationToken).ConfigureAwait(false) is ({ } id, _)
            ? await desk.ClaimAsync(id, context.Message, context.Roles, cancellationToken).ConfigureAwait(false)
            : texts.Message("tickets.not_found");
}

/// <summary><c>/close</c>: ends a ticket; the participant is told, and nothing is passed on any more.</summary>
internal sealed class CloseCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : IStaffCommand
{
    public string Name => "close";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken) =>
        await target.ResolveAsync(context, cancellationToken).ConfigureAwait(false) is ({ } id, _)
            ? await desk.CloseAsync(id, context.Message, context.Roles, cancellationToken).ConfigureAwait(false)
            : texts.Message("tickets.not_found");
}

/// <summary><c>/note text</c>: an internal note, stored encrypted with the ticket and never passed on.</summary>
internal sealed class NoteCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : IStaffCommand
{
    public string Name => "note";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken) =>
        await target.ResolveAsync(context, cancellationToken).ConfigureAwait(false) is ({ } id, var note)
            ? await desk.NoteAsync(id, context.Message, context.Roles, note, cancellationToken).ConfigureAwait(false)
            : texts.Message("tickets.not_found");
}

/// <summary><c>/read</c>: sends the report (or request) to the staff member privately again; reports only to counsellors.</summary>
internal sealed class ReadCommand(TicketCommandTarget target, TicketDesk desk, StaffTexts texts) : IStaffCommand
{
    public string Name => "read";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken) =>
        await target.ResolveAsync(context, cancellationToken).ConfigureAwait(false) is ({ } id, _)
            ? await desk.ReadAsync(id, context.Message, context.Roles, cancellationToken).ConfigureAwait(false)
            : texts.Message("tickets.not_found");
}
