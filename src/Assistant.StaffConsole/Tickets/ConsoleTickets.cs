using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Relay;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Logging;

namespace Assistant.StaffConsole.Tickets;

/// <summary>What a ticket page shows: the ticket, its content when the viewer may read it, and its history.</summary>
public sealed record TicketView(HandoffTicket Ticket, TicketContent? Content, IReadOnlyList<AuditEntry> History);

/// <summary>
/// The console's work on tickets, through the same desk, relay and audit trail as the staff chats: a claim,
/// an answer or a note from the console is the same change as from a Telegram topic, and is told in the topic.
/// </summary>
internal sealed class ConsoleTickets(
    ITicketStore store,
    TicketService tickets,
    TicketDesk desk,
    RelayService relay,
    AuditTrail audit,
    IAuditLog auditLog,
    IStaffStore staff,
    IEnumerable<IStaffTopicHandler> topicHandlers,
    DialogEngine engine,
    IConversationStore conversations,
    IUserMessenger messenger,
    ConsoleTexts texts,
    ILogger<ConsoleTickets> logger)
{
    public Task<TicketPage> ListAsync(TicketQuery query, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken) =>
        // Staff outside counselling do not learn that reports exist, as in the staff chats.
        store.ListAsync(roles.Contains(StaffRole.AntiDiscrimination) ? query : query with { WithoutReports = true }, cancellationToken);

    /// <summary>
    /// The ticket for a viewer: null when it does not exist; for a report and a viewer without the counselling role,
    /// <see cref="TicketViewOutcome.Denied"/>, audited. Every view of a report's content is audited as read.
    /// </summary>
    public async Task<(TicketViewOutcome Outcome, TicketView? View)> ViewAsync(string ticketId, long staffUserId, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        if (await tickets.GetAsync(ticketId, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return (TicketViewOutcome.NotFound, null);
        }

        if (ticket.IsReport && !roles.Contains(StaffRole.AntiDiscrimination))
        {
            await audit.RecordAsync(staffUserId, AuditAction.Denied, ticket.Id, cancellationToken).ConfigureAwait(false);
            logger.LogWarning("Staff console: user {UserId} without the counselling role tried to open report {TicketId}", staffUserId, ticket.Id);
            return (TicketViewOutcome.Denied, null);
        }

        var content = tickets.IsActive ? tickets.Open(ticket) : null;
        if (ticket.IsReport && content is not null)
        {
            await audit.RecordAsync(staffUserId, AuditAction.Read, ticket.Id, cancellationToken).ConfigureAwait(false);
        }

        var history = await auditLog.ForTicketAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        return (TicketViewOutcome.Shown, new TicketView(ticket, content, history));
    }

    public async Task<string> StaffNameAsync(long userId, CancellationToken cancellationToken) =>
        (await staff.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.DisplayName ?? "#" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<OutgoingMessage?> ClaimAsync(HandoffTicket ticket, long staffUserId, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken) =>
        await desk.ClaimAsync(ticket.Id, await AsMessageAsync(ticket, staffUserId, null, cancellationToken).ConfigureAwait(false), roles, cancellationToken).ConfigureAwait(false);

    public async Task<OutgoingMessage?> CloseAsync(HandoffTicket ticket, long staffUserId, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken) =>
        await desk.CloseAsync(ticket.Id, await AsMessageAsync(ticket, staffUserId, null, cancellationToken).ConfigureAwait(false), roles, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The same note and audit entry as <c>/note</c>. The desk's own method answers the chat even on success, so the
    /// console stores it the way the desk does and answers only refusals. The caller has checked the role by viewing the ticket.
    /// </summary>
    public async Task<OutgoingMessage?> NoteAsync(HandoffTicket ticket, long staffUserId, string note, CancellationToken cancellationToken)
    {
        var result = await tickets.AddNoteAsync(ticket.Id, new TicketNote(texts.Now, staffUserId, note), cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TicketOutcome.Done)
        {
            return texts.Catalog.Message(texts.Language, "tickets.not_found");
        }

        await audit.RecordAsync(staffUserId, AuditAction.Noted, ticket.Id, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Passes an answer to the participant exactly as if written in the ticket's topic; colleagues see it in the
    /// topic, marked as sent from the console. Returns the refusal when nothing was passed on.
    /// </summary>
    public async Task<OutgoingMessage?> AnswerAsync(HandoffTicket ticket, long staffUserId, IReadOnlySet<StaffRole> roles, string text, CancellationToken cancellationToken)
    {
        var message = await AsMessageAsync(ticket, staffUserId, text, cancellationToken).ConfigureAwait(false);
        OutgoingMessage? refused;
        if (message.TopicId is not null && topicHandlers.OfType<StaffTopicRelay>().FirstOrDefault() is { } topicRelay)
        {
            refused = await topicRelay.HandleAsync(message, roles, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // No topic yet (the staff chat could not open it): the same relay, and the participant is brought
            // into the ticket's conversation as the topic relay would.
            var (reply, participant) = await relay.AnswerAsync(ticket, message, roles, cancellationToken).ConfigureAwait(false);
            refused = reply;
            if (participant is { } userId && !await IsInTicketAsync(userId, ticket.Id, cancellationToken).ConfigureAwait(false))
            {
                var turn = await engine.BeginAsync(userId, StaffTopicRelay.TicketOpenFlow, new Dictionary<string, string> { ["ticket"] = ticket.Id }, cancellationToken).ConfigureAwait(false);
                await messenger.SendAsync(userId, turn.Replies, cancellationToken).ConfigureAwait(false);
            }
        }

        if (refused is null && await tickets.GetAsync(ticket.Id, cancellationToken).ConfigureAwait(false) is { } current)
        {
            var inTopic = texts.Catalog.Message(texts.Language, "console.answered_in_topic", new Dictionary<string, string> { ["name"] = await StaffNameAsync(staffUserId, cancellationToken).ConfigureAwait(false), ["text"] = text });
            await desk.PostInTopicAsync(current, inTopic, cancellationToken).ConfigureAwait(false);
        }

        return refused;
    }

    private async Task<StaffChatMessage> AsMessageAsync(HandoffTicket ticket, long staffUserId, string? text, CancellationToken cancellationToken) => new()
    {
        ChatId = ticket.Post?.ChatId ?? 0,
        TopicId = ticket.Post?.TopicId,
        FromUserId = staffUserId,
        // As Telegram gives it: a first name, or none (an admin known only from configuration), so the role signs.
        FromFirstName = (await staff.GetAsync(staffUserId, cancellationToken).ConfigureAwait(false))?.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(),
        Text = text,
    };

    private async Task<bool> IsInTicketAsync(long userId, string ticketId, CancellationToken cancellationToken) =>
        (await conversations.LoadAsync(userId, cancellationToken).ConfigureAwait(false))?.Top is { FlowId: StaffTopicRelay.TicketOpenFlow } top
        && top.Values.GetValueOrDefault("ticket") == ticketId;
}

public enum TicketViewOutcome
{
    Shown,
    NotFound,
    Denied,
}
