using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Relay;

/// <summary>
/// Staff text in a ticket's topic reaches the participant. When the participant is not in the
/// ticket's conversation at that moment, it starts on top of where they are, so their answer comes
/// back to the topic; when they leave it, their earlier question is asked again.
/// </summary>
internal sealed class StaffTopicRelay(
    TicketService tickets,
    RelayService relay,
    DialogEngine engine,
    IConversationStore conversations,
    IUserMessenger messenger) : IStaffTopicHandler
{
    public const string TicketOpenFlow = "ticket-open";

    public async Task<OutgoingMessage?> HandleAsync(StaffChatMessage message, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        if (!tickets.IsActive
            || message.TopicId is not { } topic
            || await tickets.FindByTopicAsync(message.ChatId, topic, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return null;
        }

        var (reply, participant) = await relay.AnswerAsync(ticket, message, roles, cancellationToken).ConfigureAwait(false);
        if (participant is { } userId && !await IsInTicketAsync(userId, ticket.Id, cancellationToken).ConfigureAwait(false))
        {
            var turn = await engine.BeginAsync(userId, TicketOpenFlow, new Dictionary<string, string> { ["ticket"] = ticket.Id }, cancellationToken).ConfigureAwait(false);
            await messenger.SendAsync(userId, turn.Replies, cancellationToken).ConfigureAwait(false);
        }

        return reply;
    }

    private async Task<bool> IsInTicketAsync(long userId, string ticketId, CancellationToken cancellationToken) =>
        (await conversations.LoadAsync(userId, cancellationToken).ConfigureAwait(false))?.Top is { FlowId: TicketOpenFlow } top
        && top.Values.GetValueOrDefault("ticket") == ticketId;
}
