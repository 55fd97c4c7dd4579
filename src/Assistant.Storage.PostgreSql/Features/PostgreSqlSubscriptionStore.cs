using Assistant.Newsletters.Subscriptions;

namespace Assistant.Storage.PostgreSql.Features;

/// <summary>Newsletter subscriptions: one row per user, the topics also as an indexed array for sending.</summary>
public sealed class PostgreSqlSubscriptionStore(PostgreSqlDatabase db) : ISubscriptionStore
{
    public Task<NewsletterSubscriber?> GetAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordAsync<NewsletterSubscriber>("SELECT record::text FROM newsletter_subscribers WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task SaveAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO newsletter_subscribers (user_id, topics, record) VALUES (@userId, @topics, @record::jsonb)
            ON CONFLICT (user_id) DO UPDATE SET topics = excluded.topics, record = excluded.record
            """,
            new { userId = subscriber.UserId, topics = subscriber.Topics.ToArray(), record = StorageJson.Write(subscriber) },
            cancellationToken);

    public async Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM newsletter_subscribers WHERE user_id = @userId", new { userId }, cancellationToken).ConfigureAwait(false) > 0;

    public Task<IReadOnlyList<long>> WithTopicAsync(string topic, CancellationToken cancellationToken) =>
        db.QueryAsync<long>("SELECT user_id FROM newsletter_subscribers WHERE topics @> ARRAY[@topic]::text[] ORDER BY user_id", new { topic }, cancellationToken);
}
