using System.Collections.Concurrent;

namespace Assistant.Handoff.Tickets;

/// <summary>Tickets in memory, for tests.</summary>
public sealed class InMemoryTicketStore : ITicketStore
{
    private readonly ConcurrentDictionary<string, HandoffTicket> _tickets = new();
    private readonly ConcurrentDictionary<string, int> _numbers = new();

    public Task<int> NextNumberAsync(string series, CancellationToken cancellationToken) =>
        Task.FromResult(_numbers.AddOrUpdate(series, 1, (_, n) => n + 1));

    public Task SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        _tickets[ticket.Id] = ticket;
        return Task.CompletedTask;
    }

    public Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.GetValueOrDefault(id));

    public Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.Values.FirstOrDefault(t => t.Post is { } p && p.ChatId == chatId && p.TopicId == topicId));

    public Task<IReadOnlyList<HandoffTicket>> ForParticipantAsync(string participantKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(_tickets.Values.Where(t => t.ParticipantKey == participantKey).OrderBy(t => t.CreatedAt).ToList());

    public Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(_tickets.Values.Where(t => t.ClosedAt is { } at && at < before).ToList());

    public Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        _tickets.TryRemove(id, out _);
        return Task.CompletedTask;
    }

    public Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        var matching = _tickets.Values.Where(query.Matches).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(new TicketPage(matching.Skip(query.Skip).Take(query.Take).ToList(), matching.Count));
    }
}
