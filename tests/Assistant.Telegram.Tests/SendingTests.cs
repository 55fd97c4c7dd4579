using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class SendingTests
{
    [Fact]
    public async Task Messages_arrive_complete_and_in_order_when_Telegram_answers_429_to_every_third_send()
    {
        await using var host = await StartAsync();
        var fake = host.Fake;
        var sends = 0;
        fake.FailWith = call => call.IsSend && Interlocked.Increment(ref sends) % 3 == 0 ? FakeFailure.TooManyRequests(1) : null;
        var messenger = host.Services.GetRequiredService<IUserMessenger>();
        long[] users = [6101, 6102, 6103];
        var expected = Enumerable.Range(1, 6).Select(i => $"Reminder {i}").ToList();

        await Task.WhenAll(users.Select(async user =>
        {
            // Queued in two calls, as two features would: order holds across calls too.
            await messenger.SendAsync(user, expected.Take(3).Select(t => OutgoingMessage.Plain(t)).ToList(), CancellationToken.None);
            await messenger.SendAsync(user, expected.Skip(3).Select(t => OutgoingMessage.Plain(t)).ToList(), CancellationToken.None);
        }));
        await fake.WaitUntilAsync(f => users.All(u => f.MessagesTo(u).Count >= 6), TimeSpan.FromSeconds(20), "all reminders");

        Assert.All(users, user => Assert.Equal(expected, fake.TextsTo(user)));
        Assert.True(fake.CallsOf("sendMessage").Count(c => c.StatusCode == 429) >= 5);
    }

    [Fact]
    public async Task Blocked_user_is_marked_unreachable_and_gets_nothing_more_until_they_write_again()
    {
        const long user = 6201;
        await using var host = await StartAsync();
        var fake = host.Fake;
        var messenger = host.Services.GetRequiredService<IUserMessenger>();
        var profiles = host.Services.GetRequiredService<IUserProfileStore>();
        fake.SendText(user, "/start", "de");
        await host.MessagesAsync(user, 2);

        fake.FailWith = call => call.ChatId == user ? FakeFailure.Blocked : null;
        await messenger.SendAsync(user, [OutgoingMessage.Plain("Reminder 1"), OutgoingMessage.Plain("Reminder 2")], CancellationToken.None);
        await EventuallyAsync(async () => (await profiles.GetAsync(user, CancellationToken.None))?.Unreachable == true, "the user marked unreachable");
        await messenger.SendAsync(user, [OutgoingMessage.Plain("Reminder 3")], CancellationToken.None);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Single(fake.CallsOf("sendMessage"), c => c.ChatId == user && c.StatusCode == 403);

        // Writing again makes them reachable: the reply goes out.
        fake.FailWith = null;
        fake.SendText(user, "/menu", "de");
        var all = await host.MessagesAsync(user, 3);
        Assert.Equal(T("de", "menu.prompt"), all[2].Text);
        Assert.False((await profiles.GetAsync(user, CancellationToken.None))!.Unreachable);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_message_arrives_once()
    {
        const long user = 6301;
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Telegram:Sending:FirstRetryDelaySeconds"] = "0.05" });
        var fake = host.Fake;
        var failures = 0;
        fake.FailWith = call => call.IsSend && Interlocked.Increment(ref failures) <= 2 ? FakeFailure.ServerError : null;

        await host.Services.GetRequiredService<IUserMessenger>().SendAsync(user, [OutgoingMessage.Plain("Your appointment is tomorrow.")], CancellationToken.None);
        await host.MessagesAsync(user, 1);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Equal(["Your appointment is tomorrow."], fake.TextsTo(user));
        Assert.Equal(3, fake.CallsOf("sendMessage").Count);
    }

    [Fact]
    public async Task Long_text_is_split_at_line_breaks_and_buttons_come_under_the_last_part()
    {
        const long user = 6401;
        await using var host = await StartAsync();
        var lines = Enumerable.Range(1, 60).Select(i => $"{i:00} " + new string('x', 96)).ToList();
        var text = string.Join("\n", lines);
        var message = new OutgoingMessage { Text = text, Buttons = [[new Button("OK", "/menu")]] };

        await host.Services.GetRequiredService<IUserMessenger>().SendAsync(user, [message], CancellationToken.None);
        var parts = await host.MessagesAsync(user, 2);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 4096));
        Assert.Equal(lines, parts.SelectMany(p => p.Text!.Split('\n')));
        Assert.Empty(parts[0].Buttons);
        Assert.Equal("OK", Assert.Single(parts[1].AllButtons).Label);
    }

    [Fact]
    public async Task File_goes_out_as_a_document_after_its_text()
    {
        const long user = 6501;
        await using var host = await StartAsync();
        var file = new OutgoingFile("workshop.ics", "text/calendar", "BEGIN:VCALENDAR\nEND:VCALENDAR"u8.ToArray());

        await host.Services.GetRequiredService<IUserMessenger>().SendAsync(user, [new OutgoingMessage { Text = "Your calendar entry:", File = file }], CancellationToken.None);
        var sent = await host.MessagesAsync(user, 2);

        Assert.Equal("Your calendar entry:", sent[0].Text);
        Assert.Equal("workshop.ics", sent[1].FileName);
    }

    [Fact]
    public async Task Reply_overtakes_a_backlog_of_proactive_messages()
    {
        const long writer = 6601;
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Telegram:Sending:GlobalPerSecond"] = "10" });
        var fake = host.Fake;
        var messenger = host.Services.GetRequiredService<IUserMessenger>();
        // A first conversation warms the engine up, so a slow machine's cold start is not mistaken for queueing.
        fake.SendText(6600, "/start", "de");
        await host.MessagesAsync(6600, 2);
        var backlog = Enumerable.Range(6700, 40).ToList();

        foreach (var user in backlog)
        {
            await messenger.SendAsync(user, [OutgoingMessage.Plain("Newsletter")], CancellationToken.None);
        }

        fake.SendText(writer, "/start", "de");
        await host.MessagesAsync(writer, 2);

        // Without a lane for replies the answer waits behind all 40 newsletter messages (4 s at 10/s).
        var order = fake.CallsOf("sendMessage").Select(c => c.ChatId).Where(id => id != 6600).ToList();
        var position = order.IndexOf(writer) + 1;
        Assert.True(position <= 30, $"The reply was send number {position}, behind the newsletter.");
    }
}
