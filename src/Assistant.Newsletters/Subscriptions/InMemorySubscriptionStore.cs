using System.Collections.Concurrent;

namespace Assistant.Newsletters.Subscriptions;

/// <summary>Subscriptions in memory, for tests and the local chat without a data file.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly ConcurrentDictionary<long, NewsletterSubscriber> _subscribers = new();

    public Task<NewsletterSubscriber?> GetAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_subscribers.GetValueOrDefault(userId));

    public Task SaveAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken)
    {
        _subscribers[subscriber.UserId] = subscriber;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_subscribers.TryRemove(userId, out _));

    public Task<IReadOnlyList<long>> WithTopicAsync(string topic, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>(_subscribers.Values.Where(s => s.Topics.Contains(topic)).Select(s => s.UserId).Order().ToList());
}
