using System.Text.Json.Nodes;
using Assistant.Telegram.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Updates Telegram would never send, but a proxy or a bug might: each is skipped with one warning, polling
/// goes on at its usual pace (no tight loop, never stuck), and the next user is answered.
/// </summary>
public sealed class UntrustedUpdateTests
{
    private const long Sender = 7401;
    private const long Other = 7402;

    public static TheoryData<string> Poison =>
        ["id as a string", "id null", "no id", "id beyond int32", "id a float", "photo without sizes", "venue without location", "message without chat"];

    [Theory]
    [MemberData(nameof(Poison))]
    public async Task A_poisoned_update_is_skipped_with_one_warning_and_polling_goes_on_at_its_pace(string poison)
    {
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(configure: b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        var fake = host.Fake;
        var other = new ChatUser(fake, Other, "tr", "Ayşe");
        await other.SayAsync("/start", t => t.StartsWith(T("tr", "onboarding.welcome", ("first_name", "Ayşe")), StringComparison.Ordinal), "the welcome");

        // Alone in its batch: the hardest case, since no later update's id confirms it.
        var polls = fake.CallsOf("getUpdates").Count;
        var id = PushPoison(fake, poison);
        await fake.WaitUntilAsync(f => f.ConfirmedOffset > id, what: "the poisoned update confirmed");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var pollsMeanwhile = fake.CallsOf("getUpdates").Count - polls;
        await other.SayAsync("/menu", T("tr", "menu.prompt"));

        // A long poll, the pause after an unreadable batch and the poll that brought it: a handful, not hundreds.
        Assert.InRange(pollsMeanwhile, 1, 5);
        Assert.Empty(fake.MessagesTo(Sender));
        Assert.Single(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.StartsWith("Skipped update ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task An_update_without_a_readable_id_before_any_other_does_not_stop_the_poller()
    {
        var logs = new FakeLogCollector();
        await using var fake = await FakeBotApi.StartAsync();
        fake.PushMangled(fake.TextUpdate(Sender, "/start"), JsonValue.Create("first"));

        // No offset is known yet, so nothing confirms it until a readable update comes after it.
        await using var host = await StartAsync(fake: fake, configure: b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        await fake.WaitUntilAsync(f => f.CallsOf("getUpdates").Count >= 1, what: "the first poll");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var polls = fake.CallsOf("getUpdates").Count;
        await new ChatUser(fake, Other, "tr", "Ayşe").SayAsync("/start", t => t.StartsWith(T("tr", "onboarding.welcome", ("first_name", "Ayşe")), StringComparison.Ordinal), "the welcome");

        Assert.InRange(polls, 1, 6);
        Assert.Empty(fake.MessagesTo(Sender));
        // Warned once, though it came back with every poll until the readable update confirmed it.
        Assert.Single(logs.GetSnapshot(), r => r.Level >= LogLevel.Warning && r.Message.StartsWith("Skipped update \"first\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_button_press_from_someone_else_than_the_private_chats_user_is_refused()
    {
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(configure: b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        var fake = host.Fake;
        fake.SendText(Sender, "/start", "de");
        var question = (await host.MessagesAsync(Sender, 2))[1];

        // Other's press on a button in Sender's chat: Telegram never sends this, a forged update might.
        // Sender's own press comes after it, in the same chat's line: once it is answered, the forged one was handled.
        fake.Press(Other, question, T("de", "onboarding.agree"));
        fake.Press(Sender, question, T("de", "onboarding.agree"));
        await host.MessagesAsync(Sender, 4);
        await fake.WaitUntilAsync(f => f.CallsOf("answerCallbackQuery").Count == 2, what: "both presses answered, so no spinner hangs");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Equal(
            [T("de", "onboarding.welcome", ("first_name", "Amina")), question.Text + "\n\n✓ " + T("de", "onboarding.agree"), T("de", "onboarding.consent_thanks"), T("de", "menu.prompt")],
            fake.TextsTo(Sender));
        Assert.Empty(fake.MessagesTo(Other));
        Assert.Contains(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("its sender is not the user of the private chat", StringComparison.Ordinal));
    }

    private static int PushPoison(FakeBotApi fake, string poison)
    {
        var message = fake.TextUpdate(Sender, "/start");
        switch (poison)
        {
            case "id as a string":
                return fake.PushMangled(message, JsonValue.Create("1003"));
            case "id null":
                return fake.PushMangled(message, null);
            case "no id":
                return fake.PushMangled(message, FakeBotApi.NoUpdateId);
            case "id beyond int32":
                return fake.PushMangled(message, JsonValue.Create((long)int.MaxValue + 5));
            case "id a float":
                return fake.PushMangled(message, JsonValue.Create(1003.5));
            case "photo without sizes":
                message["message"]!.AsObject().Remove("text");
                message["message"]!.AsObject().Remove("entities");
                message["message"]!["photo"] = new JsonArray();
                return fake.Push(message);
            case "venue without location":
                message["message"]!.AsObject().Remove("text");
                message["message"]!.AsObject().Remove("entities");
                message["message"]!["venue"] = new JsonObject { ["title"] = "Rathaus", ["address"] = "Markt 1" };
                return fake.Push(message);
            default:
                message["message"]!.AsObject().Remove("chat");
                return fake.Push(message);
        }
    }
}
