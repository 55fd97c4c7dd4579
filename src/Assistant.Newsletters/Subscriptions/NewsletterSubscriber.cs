namespace Assistant.Newsletters.Subscriptions;

/// <summary>The topics one person receives newsletters on. No topics left means the record is removed.</summary>
public sealed record NewsletterSubscriber
{
    public required long UserId { get; init; }

    /// <summary>Topics of <see cref="NewsletterTopics"/>, in the order of that list.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public DateTimeOffset ChangedAt { get; init; }
}

/// <summary>
/// Keeps who wants which newsletters. Contract (every implementation, checked by the contract tests):
/// saving replaces the person's record; a record without topics is not listed by <see cref="WithTopicAsync"/>;
/// <see cref="WithTopicAsync"/> lists each person once, ordered by user id.
/// </summary>
public interface ISubscriptionStore
{
    Task<NewsletterSubscriber?> GetAsync(long userId, CancellationToken cancellationToken);

    Task SaveAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken);

    /// <summary>Removes the person's record; true when there was one.</summary>
    Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user ids subscribed to <paramref name="topic"/>, ascending.</summary>
    Task<IReadOnlyList<long>> WithTopicAsync(string topic, CancellationToken cancellationToken);
}
