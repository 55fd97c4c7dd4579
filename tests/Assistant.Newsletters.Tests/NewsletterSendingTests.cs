using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Tests.Support;

namespace Assistant.Newsletters.Tests;

public sealed class NewsletterSendingTests
{
    private const int Subscribers = 2000;

    [Fact]
    public async Task Two_thousand_subscribers_in_seven_languages_each_get_exactly_one_copy_in_their_language()
    {
        using var world = new NewsletterWorld();
        await SubscribeAsync(world, Subscribers);
        var id = await WriteAsync(world);

        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Equal(Subscribers, world.Messenger.Count);
        Assert.All(Enumerable.Range(1, Subscribers), u => Assert.Single(world.Messenger.To(u)));
        var arabic = world.Messenger.To(UserIn("ar")).Single();
        Assert.Contains("مرحبا بالجميع", arabic.Text, StringComparison.Ordinal);
        var turkish = world.Messenger.To(UserIn("tr")).Single();
        Assert.Contains("Hallo zusammen", turkish.Text, StringComparison.Ordinal);
        Assert.Contains(TestWorld.T("tr", "newsletter.only_german"), turkish.Text, StringComparison.Ordinal);
        Assert.Equal(TestWorld.T("tr", "newsletter.unsubscribe_button"), Assert.Single(turkish.Buttons.SelectMany(r => r)).Label);
        Assert.Equal(new NewsletterFigures(Subscribers, Subscribers, Subscribers, 0, 0, 0), await world.Desk.FiguresAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task A_restart_in_the_middle_continues_where_it_stopped_and_sends_nobody_a_second_copy()
    {
        var stores = new NewsletterStores();
        var before = new RecordingMessenger();
        string id;
        using (var process = new CancellationTokenSource())
        using (var first = new NewsletterWorld(stores, new CrashingMessenger(before, 700, process)))
        {
            await SubscribeAsync(first, Subscribers);
            id = await WriteAsync(first);
            await first.Desk.ScheduleAsync(id, null, CancellationToken.None);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Get<JobScheduler>().RunDueAsync(process.Token));
        }

        Assert.Equal(700, before.Count);
        using var second = new NewsletterWorld(stores);
        await second.StartAsync();
        await second.RunDueJobsAsync();

        Assert.Equal(Subscribers - 700, second.Messenger.Count);
        Assert.All(Enumerable.Range(1, Subscribers), u => Assert.Single(before.To(u).Concat(second.Messenger.To(u))));
        Assert.Equal(new NewsletterFigures(Subscribers, Subscribers, Subscribers, 0, 0, 0), await second.Desk.FiguresAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task A_copy_a_crash_left_between_handing_over_and_recording_is_never_sent_again_and_counts_as_failed()
    {
        using var world = new NewsletterWorld();
        await SubscribeAsync(world, 3);
        var id = await WriteAsync(world);
        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        // Fix the recipients as the send job does, then leave the second one as a crash would.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Get<NewsletterSender>().SendAsync(id, new CancellationToken(canceled: true)));
        var second = (await world.Stores.Newsletters.DeliveriesAsync(id, CancellationToken.None)).Single(d => d.UserId == 2);
        await world.Stores.Newsletters.SaveDeliveryAsync(second with { State = DeliveryState.Claimed }, CancellationToken.None);

        await world.StartAsync();
        await world.RunDueJobsAsync();

        Assert.Empty(world.Messenger.To(2));
        Assert.Single(world.Messenger.To(1));
        Assert.Single(world.Messenger.To(3));
        var figures = await world.Desk.FiguresAsync(id, CancellationToken.None);
        Assert.Equal((2, 1), (figures.Sent, figures.Failed));
    }

    [Fact]
    public async Task Someone_who_blocked_the_bot_gets_nothing_is_unsubscribed_and_counts_as_failed()
    {
        using var world = new NewsletterWorld();
        await SubscribeAsync(world, 3);
        await world.Stores.Profiles.SaveAsync((await world.Stores.Profiles.GetAsync(2, CancellationToken.None))! with { Unreachable = true }, CancellationToken.None);
        var id = await WriteAsync(world);

        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Empty(world.Messenger.To(2));
        Assert.Null(await world.Stores.Subscriptions.GetAsync(2, CancellationToken.None));
        var figures = await world.Desk.FiguresAsync(id, CancellationToken.None);
        Assert.Equal((2, 2, 1), (figures.Sent, figures.Delivered, figures.Failed));
    }

    [Fact]
    public async Task A_block_the_channel_learns_of_after_handing_over_counts_as_failed_and_unsubscribes()
    {
        using var world = new NewsletterWorld();
        await SubscribeAsync(world, 3);
        var id = await WriteAsync(world);
        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        // The channel's 403 arrives after the copy was queued: it marks the profile, as the Telegram queue does.
        await world.Stores.Profiles.SaveAsync((await world.Stores.Profiles.GetAsync(3, CancellationToken.None))! with { Unreachable = true }, CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(31));
        await world.RunDueJobsAsync();

        Assert.Null(await world.Stores.Subscriptions.GetAsync(3, CancellationToken.None));
        Assert.NotNull(await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None));
        var figures = await world.Desk.FiguresAsync(id, CancellationToken.None);
        Assert.Equal((3, 2, 1), (figures.Sent, figures.Delivered, figures.Failed));
    }

    [Fact]
    public async Task Someone_who_withdrew_the_general_consent_gets_no_newsletter()
    {
        using var world = new NewsletterWorld();
        await SubscribeAsync(world, 2);
        await world.Stores.Profiles.SaveAsync((await world.Stores.Profiles.GetAsync(1, CancellationToken.None))! with { Consent = ConsentDecision.Refused }, CancellationToken.None);
        var id = await WriteAsync(world);

        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Empty(world.Messenger.To(1));
        Assert.Single(world.Messenger.To(2));
    }

    [Fact]
    public async Task Only_the_newsletter_s_topic_is_sent()
    {
        using var world = new NewsletterWorld();
        await world.SubscriberAsync(1, "de", NewsletterTopics.Funding);
        await world.SubscriberAsync(2, "de", NewsletterTopics.Events, NewsletterTopics.Funding);
        var id = await WriteAsync(world);

        await world.Desk.ScheduleAsync(id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Empty(world.Messenger.To(1));
        Assert.Single(world.Messenger.To(2));
    }

    /// <summary>Users 1..count, languages in turn: de, en, ar, tr, uk, ru, fa, de, ...</summary>
    internal static async Task SubscribeAsync(NewsletterWorld world, int count)
    {
        for (var u = 1; u <= count; u++)
        {
            await world.SubscriberAsync(u, Languages.Supported[(u - 1) % Languages.Supported.Count], NewsletterTopics.Events);
        }
    }

    private static long UserIn(string language) => Languages.Supported.ToList().IndexOf(language) + 1;

    private static async Task<string> WriteAsync(NewsletterWorld world)
    {
        var newsletter = await world.Desk.CreateAsync(NewsletterTopics.Events, "Hallo zusammen! Am Samstag ist Frauenfrühstück.", NewsletterWorld.StaffUserId, CancellationToken.None);
        await world.Desk.SetTextAsync(newsletter.Id, "ar", "مرحبا بالجميع! يوم السبت فطور للنساء.", CancellationToken.None);
        return newsletter.Id;
    }
}
