namespace Assistant.Handoff.Tickets;

/// <summary>Keeps tickets. Implementations store them as they are given: sealed content stays sealed.</summary>
public interface ITicketStore
{
    /// <summary>The next number of a series such as <c>AD-2026</c>, starting at 1; never the same twice.</summary>
    Task<int> NextNumberAsync(string series, CancellationToken cancellationToken);

    Task SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken);

    Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken);

    Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken);

    Task<IReadOnlyList<HandoffTicket>> ForParticipantAsync(string participantKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);
}
