using System.Text.Json.Nodes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class ReceivingTests
{
    private const long User = 7101;

    [Fact]
    public async Task Update_delivered_twice_is_handled_once()
    {
        await using var host = await StartAsync();
        var fake = host.Fake;
        var start = fake.TextUpdate(User, "/start", "de");
        fake.Push(start);
        fake.Push(start.DeepClone().AsObject());
        var question = (await host.MessagesAsync(User, 2))[1];

        fake.Press(User, question, T("de", "onboarding.agree"));
        await host.MessagesAsync(User, 4);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Equal(
            [T("de", "onboarding.welcome", ("first_name", "Amina")), question.Text + "\n\n✓ " + T("de", "onboarding.agree"), T("de", "onboarding.consent_thanks"), T("de", "menu.prompt")],
            fake.TextsTo(User));
    }

    [Fact]
    public async Task Update_redelivered_after_a_crash_and_restart_has_no_second_effect()
    {
        await using var fake = await Fakes.FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-telegram-").FullName;
        try
        {
            var start = fake.TextUpdate(User, "/start", "de");
            await using (var first = await StartAsync(fake: fake, folder: folder))
            {
                fake.Push(start);
                await first.MessagesAsync(User, 2);
            }

            // Telegram never got the offset confirmed, so it delivers the update again to the new process.
            fake.Push(start.DeepClone().AsObject());
            await using var second = await StartAsync(fake: fake, folder: folder);
            fake.Press(User, fake.MessagesTo(User)[1], T("de", "onboarding.agree"));
            await second.MessagesAsync(User, 4);
            await second.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

            Assert.Equal(4, fake.MessagesTo(User).Count);
            Assert.Equal(T("de", "onboarding.consent_thanks"), fake.MessagesTo(User)[2].Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/start@assistant_test_bot")]
    [InlineData("/start ws-2026-42")]
    public async Task Start_command_and_deep_link_begin_onboarding(string text)
    {
        await using var host = await StartAsync();

        host.Fake.SendText(User, text, "tr", "Ayşe");
        var sent = await host.MessagesAsync(User, 2);

        Assert.Equal(T("tr", "onboarding.welcome", ("first_name", "Ayşe")), sent[0].Text);
    }

    [Fact]
    public async Task Sticker_gets_a_friendly_request_to_use_the_buttons()
    {
        await using var host = await StartAsync();
        host.Fake.SendText(User, "/start", "uk");
        await host.MessagesAsync(User, 2);

        host.Fake.SendSticker(User, "uk");
        var sent = await host.MessagesAsync(User, 3);

        Assert.StartsWith(T("uk", "dialog.choose_button"), sent[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_in_groups_are_ignored_while_private_chats_go_on()
    {
        const long group = -1001234;
        await using var host = await StartAsync();

        host.Fake.SendContent(User, new JsonObject { ["text"] = "/start" }, "de", chatId: group);
        host.Fake.SendText(User, "/start", "de");
        await host.MessagesAsync(User, 2);

        Assert.Empty(host.Fake.MessagesTo(group));
        Assert.Equal(2, host.Fake.CallsOf("sendMessage").Count);
    }

    [Fact]
    public async Task Shared_contact_and_location_are_answered_at_a_question_that_wants_a_button()
    {
        await using var host = await StartAsync();
        host.Fake.SendText(User, "/start", "de");
        await host.MessagesAsync(User, 2);

        // At a choice, anything but a button press or its words is answered with a request to choose.
        host.Fake.SendContent(User, new JsonObject { ["contact"] = new JsonObject { ["phone_number"] = "+491712345678", ["first_name"] = "Amina", ["user_id"] = User } });
        host.Fake.SendContent(User, new JsonObject { ["location"] = new JsonObject { ["latitude"] = 52.52, ["longitude"] = 13.40 } });
        var sent = await host.MessagesAsync(User, 4);

        Assert.All(sent.Skip(2), m => Assert.StartsWith(T("de", "dialog.choose_button"), m.Text, StringComparison.Ordinal));
    }
}
