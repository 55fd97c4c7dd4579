using Assistant.Newsletters.Subscriptions;
using LiteDB;

namespace Assistant.Storage.LiteDb.Newsletters;

/// <summary>Newsletter subscriptions by user, with their topics indexed for sending.</summary>
public sealed class LiteDbSubscriptionStore : ISubscriptionStore
{
    private readonly ILiteCollection<BsonDocument> _subscribers;

    public LiteDbSubscriptionStore(AssistantDatabase db)
    {
        _subscribers = db.Collection("newsletter_subscribers");
        _subscribers.EnsureIndex("topics", "topics[*]");
    }

    public Task<NewsletterSubscriber?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _subscribers.FindById(userId);
        return Task.FromResult(doc is null ? null : StorageJson.Read<NewsletterSubscriber>(doc));
    }

    public Task SaveAsync(NewsletterSubscriber subscriber, CancellationToken cancellationToken)
    {
        var doc = StorageJson.Document(subscriber.UserId, subscriber);
        doc["topics"] = new BsonArray(subscriber.Topics.Select(t => new BsonValue(t)));
        _subscribers.Upsert(doc);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(_subscribers.Delete(userId));

    public Task<IReadOnlyList<long>> WithTopicAsync(string topic, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>(_subscribers.Find(Query.Any().EQ("topics[*]", topic)).Select(d => d["_id"].AsInt64).Order().ToList());
}
