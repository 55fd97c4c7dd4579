using System.Text.Json.Nodes;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Everything a user (or a broken client) can throw at the bot through Telegram, fed in the middle of a
/// workshop registration: each gets a clear answer in the user's language or a log line, and afterwards the
/// registration goes on with what was entered before.
/// </summary>
public sealed class BadInputTests
{
    private const long Olena = 7301;
    private const long Other = 7302;
    private const string Lang = "uk";

    // Tuesday 1 December 2026, 10:00 in Berlin: daytime, and the sample workshops are still open.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_registration_survives_a_huge_message_junk_stickers_photos_a_flood_and_direction_marks()
    {
        var clock = new TravellingClock(Start);
        await using var host = await StartAsync(FastLanes, clock: clock);
        var fake = host.Fake;
        await host.Services.GetRequiredService<IUserProfileStore>().SaveAsync(
            new UserProfile { UserId = Olena, Language = Lang, Consent = ConsentDecision.Given }, CancellationToken.None);
        await OpenNameQuestionAsync(fake);

        // A pasted book: refused with the limit, one attempt used.
        await ExpectReplyAsync(fake, () => fake.SendText(Olena, new string('я', 50_000), Lang), T(Lang, "validation.too_long", ("count", "80")));
        // Binary junk, a sticker and a photo are no answers: explained, and no attempt is used.
        await ExpectReplyAsync(fake, () => fake.SendText(Olena, "\u0000\u0001PK\u0003\u0004\uFFFD\u001B[0m", Lang), T(Lang, "validation.unreadable"));
        await ExpectReplyAsync(fake, () => fake.SendContent(Olena, new JsonObject { ["sticker"] = Sticker() }, Lang), T(Lang, "validation.expected_text"));
        await ExpectReplyAsync(fake, () => fake.SendContent(Olena, new JsonObject { ["photo"] = Photo() }, Lang), T(Lang, "validation.expected_text"));

        // A flood: past 30 messages a minute one friendly note, then silence until the minute is over.
        var before = fake.MessagesTo(Olena).Count;
        for (var i = 0; i < 40; i++)
        {
            fake.SendContent(Olena, new JsonObject { ["sticker"] = Sticker() }, Lang);
        }

        await fake.WaitUntilAsync(f => f.TextsTo(Olena).Contains(T(Lang, "dialog.slow_down")), what: "the note to slow down");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);
        var flood = fake.TextsTo(Olena).Skip(before).ToList();
        Assert.Equal(1, flood.Count(t => t == T(Lang, "dialog.slow_down")));
        Assert.Equal(T(Lang, "dialog.slow_down"), flood[^1]);
        Assert.All(flood[..^1], t => Assert.Equal(T(Lang, "validation.expected_text"), t));
        clock.Advance(TimeSpan.FromMinutes(2));

        // A name with emoji and the direction marks some keyboards add: accepted, marks dropped.
        await ExpectReplyAsync(fake, () => fake.SendText(Olena, "\u200FОлена Коваль 🌻\u200E", Lang), T(Lang, "workshops.ask_phone_wanted"));
        await PressAsync(fake, T(Lang, "dialog.no"), T(Lang, "workshops.ask_childcare"));
        await PressAsync(fake, T(Lang, "dialog.no"), T(Lang, "workshops.ask_interpreter"));
        await PressAsync(fake, T(Lang, "dialog.no"), T(Lang, "workshops.ask_accessibility"));
        await PressAsync(fake, T(Lang, "dialog.no"), T(Lang, "workshops.ask_data_consent"));
        await PressAsync(fake, T(Lang, "dialog.yes"), T(Lang, "workshops.summary_name", ("name", "Олена Коваль 🌻")), contains: true);
        await PressAsync(fake, T(Lang, "dialog.yes"), "✅", contains: true);

        var registration = Assert.Single(await host.Services.GetRequiredService<IRegistrationStore>().ForUserAsync(Olena, CancellationToken.None));
        Assert.Equal("Олена Коваль 🌻", registration.Name);
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
    }

    [Fact]
    public async Task Unreadable_updates_are_skipped_with_a_log_line_and_the_updates_around_them_are_answered()
    {
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(FastLanes, configure: b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        var fake = host.Fake;

        fake.SendText(Olena, "/start", Lang, "Олена");
        // A field of the wrong type, and a message without its chat: Telegram.Bot cannot read either.
        var wrongType = fake.Push(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "seven", ["date"] = "yesterday", ["text"] = "hi" } });
        var noChat = fake.Push(new JsonObject { ["message"] = new JsonObject { ["message_id"] = 7, ["date"] = 1_700_000_000, ["text"] = "/start" } });
        var last = fake.SendText(Other, "/start", "tr", "Ayşe");

        await fake.WaitUntilAsync(f => f.TextsTo(Other).Contains(T("tr", "onboarding.welcome", ("first_name", "Ayşe"))), what: "the update after the unreadable ones answered");
        await fake.WaitUntilAsync(f => f.ConfirmedOffset > last, what: "the batch confirmed");

        Assert.Contains(T(Lang, "onboarding.welcome", ("first_name", "Олена")), fake.TextsTo(Olena));
        var warnings = logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Contains(warnings, m => m.StartsWith($"Skipped update {wrongType}:", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.StartsWith($"Skipped update {noChat}:", StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, string?> FastLanes = new()
    {
        ["Telegram:Sending:PrivateChatPerSecond"] = "200",
        ["Telegram:Sending:PrivateChatBurst"] = "50",
    };

    /// <summary>From the menu to "What is your name?" for the first date of the city walk.</summary>
    private static async Task OpenNameQuestionAsync(FakeBotApi fake)
    {
        fake.SendText(Olena, "/menu", Lang);
        await fake.WaitUntilAsync(f => f.TextsTo(Olena).Contains(T(Lang, "menu.prompt")), what: "the menu");
        await PressAsync(fake, T(Lang, "menu.workshops"), T(Lang, "workshops.choose"));
        var walk = fake.MessagesTo(Olena)[^1].AllButtons.Single(b => b.Label.StartsWith("Прогулянка містом", StringComparison.Ordinal)).Label;
        await PressAsync(fake, walk, T(Lang, "workshops.choose_session"), contains: true);
        await PressAsync(fake, fake.MessagesTo(Olena)[^1].AllButtons.First().Label, T(Lang, "workshops.ask_name"));
    }

    private static async Task PressAsync(FakeBotApi fake, string label, string expected, bool contains = false)
    {
        var message = fake.MessagesTo(Olena).Last(m => m.AllButtons.Any(b => b.Label == label));
        await ExpectReplyAsync(fake, () => fake.Press(Olena, message, label, Lang), expected, contains);
    }

    /// <summary>Does <paramref name="act"/> and waits for the bot's next message to start with (or contain) <paramref name="expected"/>.</summary>
    private static async Task ExpectReplyAsync(FakeBotApi fake, Action act, string expected, bool contains = false)
    {
        var before = fake.MessagesTo(Olena).Count;
        act();
        await fake.WaitUntilAsync(
            f => f.TextsTo(Olena).Skip(before).Any(t => contains ? t.Contains(expected, StringComparison.Ordinal) : t.StartsWith(expected, StringComparison.Ordinal)),
            what: expected);
    }

    private static JsonObject Sticker() => new()
    {
        ["file_id"] = "s1",
        ["file_unique_id"] = "us1",
        ["type"] = "regular",
        ["width"] = 512,
        ["height"] = 512,
        ["is_animated"] = false,
        ["is_video"] = false,
    };

    private static JsonArray Photo() =>
    [
        new JsonObject { ["file_id"] = "p-small", ["file_unique_id"] = "ups", ["width"] = 90, ["height"] = 90, ["file_size"] = 1200 },
        new JsonObject { ["file_id"] = "p-large", ["file_unique_id"] = "upl", ["width"] = 1280, ["height"] = 1280, ["file_size"] = 180_000 },
    ];
}
