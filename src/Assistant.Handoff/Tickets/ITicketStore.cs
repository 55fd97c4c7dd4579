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

    /// <summary>One page of tickets matching <paramref name="query"/>, newest first, and how many match in all.</summary>
    Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken);
}

/// <summary>Which tickets a list shows: by state (null: all; <see cref="OpenOnly"/>: all but closed), kinds left out, and the page.</summary>
public sealed record TicketQuery(
    TicketState? State = null,
    bool OpenOnly = false,
    TicketKind? Kind = null,
    bool WithoutReports = false,
    int Skip = 0,
    int Take = 25)
{
    public bool Matches(HandoffTicket ticket) =>
        (State is null || ticket.State == State)
        && (!OpenOnly || ticket.IsOpen)
        && (Kind is null || ticket.Kind == Kind)
        && (!WithoutReports || !ticket.IsReport);
}

/// <summary>One page of tickets and how many match in all.</summary>
public sealed record TicketPage(IReadOnlyList<HandoffTicket> Tickets, int Total);
