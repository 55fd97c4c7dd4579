using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Newsletters;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Subscriptions;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// A newsletter to 2,000 subscribers in seven languages through the real host and Telegram client, with
/// the fake Bot API answering 429 to every 25th send and 403 for people who blocked the bot.
/// </summary>
public sealed class NewsletterEndToEndTests
{
    private const int Subscribers = 2000;
    private const long FirstUser = 800_001;

    [Fact]
    public async Task Two_thousand_subscribers_get_one_copy_each_despite_429s_and_blocked_ones_are_unsubscribed()
    {
        var clock = new TravellingClock(new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(1)));
        await using var host = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Telegram:Sending:GlobalPerSecond"] = "1000",
                // Newsletters wait for the end of the quiet hours; these tests may run at night.
                ["Scheduling:QuietHoursStart"] = "00:00",
                ["Scheduling:QuietHoursEnd"] = "00:00",
            },
            clock: clock);
        var fake = host.Fake;
        var blocked = Enumerable.Range(0, 10).Select(i => FirstUser + (i * 150)).ToHashSet();
        var sends = 0;
        fake.FailWith = call => call.IsSend && blocked.Contains(call.ChatId ?? 0) ? FakeFailure.Blocked
            : call.IsSend && Interlocked.Increment(ref sends) % 25 == 0 ? FakeFailure.TooManyRequests(1)
            : null;
        var users = Enumerable.Range(0, Subscribers).Select(i => FirstUser + i).ToList();
        await SubscribeAsync(host, users);
        var desk = host.Services.GetRequiredService<NewsletterDesk>();
        var newsletter = await desk.CreateAsync(NewsletterTopics.Events, "Frauenfrühstück am Samstag um 10 Uhr.", 1, CancellationToken.None);
        await desk.SetTextAsync(newsletter.Id, "uk", "Жіночий сніданок у суботу о 10:00.", CancellationToken.None);

        await desk.ScheduleAsync(newsletter.Id, null, CancellationToken.None);
        await fake.WaitUntilAsync(
            f => f.CallsOf("sendMessage").Where(c => c.StatusCode == 200).Select(c => c.ChatId).Distinct().Count() >= Subscribers - blocked.Count,
            TimeSpan.FromSeconds(180),
            "the newsletter to every subscriber");

        Assert.All(users.Where(u => !blocked.Contains(u)), u => Assert.Single(fake.MessagesTo(u)));
        Assert.All(blocked, u => Assert.Empty(fake.MessagesTo(u)));
        Assert.Contains("Жіночий сніданок", fake.TextsTo(users[Languages.Supported.ToList().IndexOf("uk")])[0], StringComparison.Ordinal);
        Assert.Contains(fake.CallsOf("sendMessage"), c => c.StatusCode == 429);

        // The 403s came after the copies were handed over: the later look counts them and ends their subscriptions.
        clock.Advance(TimeSpan.FromMinutes(31));
        host.Services.GetRequiredService<JobScheduler>().Wake();
        var subscriptions = host.Services.GetRequiredService<ISubscriptionStore>();
        await EventuallyAsync(async () => (await desk.FiguresAsync(newsletter.Id, CancellationToken.None)).Failed == blocked.Count, "the blocked ones counted as failed");
        var figures = await desk.FiguresAsync(newsletter.Id, CancellationToken.None);
        Assert.Equal((Subscribers, Subscribers - blocked.Count), (figures.Sent, figures.Delivered));
        foreach (var user in blocked)
        {
            Assert.Null(await subscriptions.GetAsync(user, CancellationToken.None));
        }
    }

    private static async Task SubscribeAsync(TelegramTestHost host, IReadOnlyList<long> users)
    {
        var profiles = host.Services.GetRequiredService<IUserProfileStore>();
        var subscriptions = host.Services.GetRequiredService<ISubscriptionStore>();
        for (var i = 0; i < users.Count; i++)
        {
            await profiles.SaveAsync(new UserProfile { UserId = users[i], Language = Languages.Supported[i % Languages.Supported.Count], Consent = ConsentDecision.Given }, CancellationToken.None);
            await subscriptions.SaveAsync(new NewsletterSubscriber { UserId = users[i], Topics = [NewsletterTopics.Events] }, CancellationToken.None);
        }
    }
}
