using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>No user's turn waits on a Bot API call made for someone else: opening a ticket's topic happens after the turn.</summary>
public sealed class NoWaitingOnOthersTests
{
    private const long Asker = 7701;
    private const long Other = 7702;
    private const long GeneralChat = -1001000000011;

    // Tuesday 1 December 2026, 10:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task While_Telegram_makes_the_new_topic_wait_20_s_the_asker_and_another_user_are_answered_at_once()
    {
        var clock = new TravellingClock(Start);
        await using var host = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Handoff:EncryptionKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
                ["Telegram:StaffChats:General"] = GeneralChat.ToString(CultureInfo.InvariantCulture),
                ["Telegram:Sending:PrivateChatPerSecond"] = "200",
                ["Telegram:Sending:PrivateChatBurst"] = "50",
                ["Telegram:Sending:GroupPerMinute"] = "6000",
            },
            clock: clock);
        var fake = host.Fake;
        var profiles = host.Services.GetRequiredService<IUserProfileStore>();
        foreach (var id in new[] { Asker, Other })
        {
            await profiles.SaveAsync(new UserProfile { UserId = id, Language = "de", Consent = ConsentDecision.Given }, CancellationToken.None);
        }

        var topicCalls = 0;
        fake.FailWith = call => call.Method == "createForumTopic" && Interlocked.Increment(ref topicCalls) == 1 ? FakeFailure.TooManyRequests(20) : null;
        var asker = new ChatUser(fake, Asker, "de");
        var other = new ChatUser(fake, Other, "de");
        await asker.SayAsync("/menu", T("de", "menu.prompt"));
        await other.SayAsync("/menu", T("de", "menu.prompt"));
        await asker.PressAsync(T("de", "menu.person"), T("de", "handoff.ask_topic"));

        // The asker's request and the other user's /menu at the same moment.
        var watch = Stopwatch.StartNew();
        var askerAnswered = Timed(asker.SayAsync("Ich habe einen Brief vom Jobcenter und verstehe ihn nicht.", t => t.StartsWith(T("de", "handoff.created", ("ticket", "GS-2026-0001")), StringComparison.Ordinal), "the case number"), watch);
        var otherAnswered = Timed(other.SayAsync("/menu", T("de", "menu.prompt")), watch);
        await fake.WaitUntilAsync(f => f.CallsOf("createForumTopic").Count == 1, what: "the first attempt at the topic");

        // Telegram said 20 s: both answers came well before, while the topic still waits.
        Assert.InRange(await askerAnswered, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(await otherAnswered, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(fake.CallsOf("createForumTopic"));
        Assert.Empty(fake.MessagesTo(GeneralChat));

        // The retry is a stored job: due 20 s after Telegram's answer, on the bot's clock.
        clock.Advance(TimeSpan.FromSeconds(21));
        host.Services.GetRequiredService<JobScheduler>().Wake();
        await fake.WaitUntilAsync(f => f.Topics.Count == 1 && f.TextsInTopic(GeneralChat, f.Topics[0].ThreadId).Count > 0, what: "the ticket in its topic");

        Assert.Equal(2, fake.CallsOf("createForumTopic").Count);
        var (chat, thread, name) = Assert.Single(fake.Topics);
        Assert.Equal(GeneralChat, chat);
        Assert.StartsWith("GS-2026-0001", name, StringComparison.Ordinal);
        Assert.Contains("GS-2026-0001", fake.TextsInTopic(GeneralChat, thread)[0], StringComparison.Ordinal);
    }

    private static async Task<TimeSpan> Timed(Task<SentMessage> answer, Stopwatch watch)
    {
        await answer;
        return watch.Elapsed;
    }
}
