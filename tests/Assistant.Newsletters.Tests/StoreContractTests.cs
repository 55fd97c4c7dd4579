using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Subscriptions;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Newsletters;
using Microsoft.Extensions.Options;

namespace Assistant.Newsletters.Tests;

/// <summary>What every newsletter store must do, whichever database holds it.</summary>
public abstract class NewsletterStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    protected abstract INewsletterStore Newsletters { get; }

    protected abstract ISubscriptionStore Subscriptions { get; }

    [SkippableFact]
    public async Task Numbers_are_never_given_twice()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Newsletters.NextNumberAsync(CancellationToken.None)));
        Assert.Equal(20, numbers.Distinct().Count());
    }

    [SkippableFact]
    public async Task A_newsletter_comes_back_as_saved_and_the_list_is_newest_first()
    {
        await Newsletters.SaveAsync(Letter("N-1", At), CancellationToken.None);
        await Newsletters.SaveAsync(Letter("N-2", At.AddHours(1)) with { Texts = new Dictionary<string, string> { ["de"] = "Hallo", ["fa"] = "سلام" } }, CancellationToken.None);

        var second = await Newsletters.GetAsync("N-2", CancellationToken.None);
        Assert.Equal("سلام", second!.Texts["fa"]);
        Assert.Equal(["N-2", "N-1"], (await Newsletters.ListAsync(CancellationToken.None)).Select(n => n.Id));
    }

    [SkippableFact]
    public async Task Fixing_the_recipients_twice_adds_each_delivery_once_and_keeps_its_state()
    {
        var deliveries = Enumerable.Range(1, 5).Select(u => Delivery("N-1", u)).ToList();
        Assert.Equal(5, await Newsletters.AddDeliveriesAsync(deliveries, CancellationToken.None));
        await Newsletters.SaveDeliveryAsync(deliveries[0] with { State = DeliveryState.Sent }, CancellationToken.None);

        Assert.Equal(0, await Newsletters.AddDeliveriesAsync(deliveries, CancellationToken.None));
        var stored = await Newsletters.DeliveriesAsync("N-1", CancellationToken.None);
        Assert.Equal(5, stored.Count);
        Assert.Equal(DeliveryState.Sent, stored.Single(d => d.UserId == 1).State);
        Assert.Equal(stored.Select(d => d.Id).Order(StringComparer.Ordinal), stored.Select(d => d.Id));
    }

    [SkippableFact]
    public async Task Anonymizing_keeps_the_states_and_removes_the_person()
    {
        await Newsletters.AddDeliveriesAsync([Delivery("N-1", 7), Delivery("N-2", 7), Delivery("N-1", 8)], CancellationToken.None);
        await Newsletters.SaveDeliveryAsync(Delivery("N-1", 7) with { State = DeliveryState.Sent }, CancellationToken.None);

        Assert.Equal(2, await Newsletters.AnonymizeForUserAsync(7, CancellationToken.None));

        Assert.Empty(await Newsletters.DeliveriesForUserAsync(7, CancellationToken.None));
        var first = await Newsletters.DeliveriesAsync("N-1", CancellationToken.None);
        Assert.Equal(2, first.Count);
        Assert.Contains(first, d => d is { UserId: 0, State: DeliveryState.Sent });
        Assert.DoesNotContain(first, d => d.Id.EndsWith(":7", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Subscribers_of_a_topic_are_listed_once_in_order_and_deleting_ends_it()
    {
        await Subscriptions.SaveAsync(new NewsletterSubscriber { UserId = 30, Topics = [NewsletterTopics.Events, NewsletterTopics.Funding] }, CancellationToken.None);
        await Subscriptions.SaveAsync(new NewsletterSubscriber { UserId = 10, Topics = [NewsletterTopics.Events] }, CancellationToken.None);
        await Subscriptions.SaveAsync(new NewsletterSubscriber { UserId = 20, Topics = [NewsletterTopics.Funding] }, CancellationToken.None);
        await Subscriptions.SaveAsync(new NewsletterSubscriber { UserId = 10, Topics = [NewsletterTopics.Events, NewsletterTopics.Training] }, CancellationToken.None);

        Assert.Equal([10L, 30L], await Subscriptions.WithTopicAsync(NewsletterTopics.Events, CancellationToken.None));
        Assert.True(await Subscriptions.DeleteAsync(30, CancellationToken.None));
        Assert.False(await Subscriptions.DeleteAsync(30, CancellationToken.None));
        Assert.Equal([20L], await Subscriptions.WithTopicAsync(NewsletterTopics.Funding, CancellationToken.None));
        Assert.Equal([NewsletterTopics.Events, NewsletterTopics.Training], (await Subscriptions.GetAsync(10, CancellationToken.None))!.Topics);
    }

    private static Newsletter Letter(string id, DateTimeOffset createdAt) => new()
    {
        Id = id,
        Topic = NewsletterTopics.Events,
        Texts = new Dictionary<string, string> { ["de"] = "Hallo" },
        CreatedAt = createdAt,
    };

    private static NewsletterDelivery Delivery(string newsletterId, long userId) =>
        new() { Id = NewsletterDelivery.IdFor(newsletterId, userId), NewsletterId = newsletterId, UserId = userId, Language = "de" };
}

public sealed class InMemoryNewsletterStoreTests : NewsletterStoreContract
{
    protected override INewsletterStore Newsletters { get; } = new InMemoryNewsletterStore();

    protected override ISubscriptionStore Subscriptions { get; } = new InMemorySubscriptionStore();
}

public sealed class LiteDbNewsletterStoreTests : NewsletterStoreContract, IDisposable
{
    private readonly AssistantDatabase _db = new(Options.Create(new LiteDbOptions { Path = Repo.NewDataFile() }));

    public LiteDbNewsletterStoreTests()
    {
        Newsletters = new LiteDbNewsletterStore(_db);
        Subscriptions = new LiteDbSubscriptionStore(_db);
    }

    protected override INewsletterStore Newsletters { get; }

    protected override ISubscriptionStore Subscriptions { get; }

    public void Dispose() => _db.Dispose();
}
