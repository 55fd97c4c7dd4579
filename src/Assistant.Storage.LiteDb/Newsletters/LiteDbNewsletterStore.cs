using Assistant.Newsletters.Sending;
using LiteDB;

namespace Assistant.Storage.LiteDb.Newsletters;

/// <summary>Newsletters, and one document per recipient and newsletter, indexed by newsletter and by user.</summary>
public sealed class LiteDbNewsletterStore : INewsletterStore
{
    private readonly Lock _numberLock = new();
    private readonly ILiteCollection<BsonDocument> _newsletters;
    private readonly ILiteCollection<BsonDocument> _deliveries;
    private readonly ILiteCollection<BsonDocument> _counters;

    public LiteDbNewsletterStore(AssistantDatabase db)
    {
        _newsletters = db.Collection("newsletters");
        _deliveries = db.Collection("newsletter_deliveries");
        _counters = db.Collection("newsletter_counters");
        _deliveries.EnsureIndex("newsletter");
        _deliveries.EnsureIndex("user");
    }

    public Task<int> NextNumberAsync(CancellationToken cancellationToken)
    {
        lock (_numberLock)
        {
            var next = (_counters.FindById("newsletters")?["n"].AsInt32 ?? 0) + 1;
            _counters.Upsert(new BsonDocument { ["_id"] = "newsletters", ["n"] = next });
            return Task.FromResult(next);
        }
    }

    public Task SaveAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        _newsletters.Upsert(StorageJson.Document(newsletter.Id, newsletter));
        return Task.CompletedTask;
    }

    public Task<Newsletter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _newsletters.FindById(id);
        return Task.FromResult(doc is null ? null : StorageJson.Read<Newsletter>(doc));
    }

    public Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Newsletter>>(_newsletters.FindAll().Select(StorageJson.Read<Newsletter>)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id, StringComparer.Ordinal).ToList());

    public Task<int> AddDeliveriesAsync(IReadOnlyList<NewsletterDelivery> deliveries, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var delivery in deliveries.Where(d => _deliveries.FindById(d.Id) is null))
        {
            _deliveries.Insert(Document(delivery));
            added++;
        }

        return Task.FromResult(added);
    }

    public Task SaveDeliveryAsync(NewsletterDelivery delivery, CancellationToken cancellationToken)
    {
        _deliveries.Upsert(Document(delivery));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<NewsletterDelivery>> DeliveriesAsync(string newsletterId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(Query.EQ("newsletter", newsletterId)));

    public Task<IReadOnlyList<NewsletterDelivery>> DeliveriesForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(userId == 0 ? [] : Find(Query.EQ("user", userId)));

    public Task<int> AnonymizeForUserAsync(long userId, CancellationToken cancellationToken)
    {
        var own = Find(Query.EQ("user", userId));
        foreach (var delivery in own)
        {
            _deliveries.Delete(delivery.Id);
            _deliveries.Insert(Document(delivery with { Id = DeliveryIds.Anonymous(delivery.NewsletterId), UserId = 0 }));
        }

        return Task.FromResult(own.Count);
    }

    private static BsonDocument Document(NewsletterDelivery delivery)
    {
        var doc = StorageJson.Document(delivery.Id, delivery);
        doc["newsletter"] = delivery.NewsletterId;
        doc["user"] = delivery.UserId;
        return doc;
    }

    private IReadOnlyList<NewsletterDelivery> Find(BsonExpression query) =>
        _deliveries.Find(query).Select(StorageJson.Read<NewsletterDelivery>).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
}
