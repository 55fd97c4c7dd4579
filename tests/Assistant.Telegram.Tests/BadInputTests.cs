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
        var olena = new ChatUser(fake, Olena, Lang);
        await OpenNameQuestionAsync(olena);

        // A pasted book: refused with the limit, one attempt used.
        await olena.SayAsync(new string('я', 50_000), StartsWith(T(Lang, "validation.too_long", ("count", "80"))), "too long");
        // Binary junk, a sticker and a photo are no answers: explained, and no attempt is used.
        await olena.SayAsync("\u0000\u0001PK\u0003\u0004\uFFFD\u001B[0m", T(Lang, "validation.unreadable"));
        await olena.DoAsync(() => fake.SendSticker(Olena, Lang), t => t == T(Lang, "validation.expected_text"), "sticker");
        await olena.DoAsync(() => fake.SendPhoto(Olena, Lang), t => t == T(Lang, "validation.expected_text"), "photo");

        // A flood: past 30 messages a minute one friendly note, then silence until the minute is over.
        var before = fake.MessagesTo(Olena).Count;
        await olena.DoAsync(
            () =>
            {
                for (var i = 0; i < 40; i++)
                {
                    fake.SendSticker(Olena, Lang);
                }
            },
            t => t == T(Lang, "dialog.slow_down"),
            "the note to slow down");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);
        var flood = fake.TextsTo(Olena).Skip(before).ToList();
        Assert.Equal(T(Lang, "dialog.slow_down"), flood[^1]);
        Assert.All(flood[..^1], t => Assert.Equal(T(Lang, "validation.expected_text"), t));
        clock.Advance(TimeSpan.FromMinutes(2));

        // A name with emoji and the direction marks some keyboards add: accepted, marks dropped.
        await olena.SayAsync("\u200FОлена Коваль 🌻\u200E", T(Lang, "workshops.ask_phone_wanted"));
        await olena.PressAsync(T(Lang, "dialog.no"), T(Lang, "workshops.ask_childcare"));
        await olena.NoNeedsAsync();
        await olena.PressAsync(T(Lang, "dialog.yes"), Contains(T(Lang, "workshops.summary_name", ("name", "Олена Коваль 🌻"))), "the summary");
        await olena.PressAsync(T(Lang, "dialog.yes"), StartsWith("✅"), "the confirmation");

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

        // Two chats run side by side: either answer may come first.
        await fake.WaitUntilAsync(f => f.TextsTo(Olena).Contains(T(Lang, "onboarding.welcome", ("first_name", "Олена"))), what: "the update before the unreadable ones answered");
        await fake.WaitUntilAsync(f => f.TextsTo(Other).Contains(T("tr", "onboarding.welcome", ("first_name", "Ayşe"))), what: "the update after the unreadable ones answered");
        await fake.WaitUntilAsync(f => f.ConfirmedOffset > last, what: "the batch confirmed");

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
    private static async Task OpenNameQuestionAsync(ChatUser user)
    {
        await user.SayAsync("/menu", T(Lang, "menu.prompt"));
        var list = await user.PressAsync(T(Lang, "menu.workshops"), T(Lang, "workshops.choose"));
        var walk = list.AllButtons.Single(b => b.Label.StartsWith("Бібліотека", StringComparison.Ordinal)).Label;
        var dates = await user.PressAsync(walk, Contains(T(Lang, "workshops.choose_session")), "the dates");
        await user.PressAsync(dates, dates.AllButtons.First().Label, T(Lang, "workshops.ask_name"));
    }

    private static Func<string, bool> StartsWith(string start) => t => t.StartsWith(start, StringComparison.Ordinal);

    private static Func<string, bool> Contains(string part) => t => t.Contains(part, StringComparison.Ordinal);
}
