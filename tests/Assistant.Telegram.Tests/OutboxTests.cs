using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using Assistant.Storage.LiteDb;
using Assistant.Telegram.Fakes;
using Microsoft.Extensions.Options;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class OutboxTests
{
    [Fact]
    public async Task Messages_left_in_the_outbox_by_a_crash_are_sent_at_the_next_start()
    {
        await using var fake = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-outbox-").FullName;
        using (var db = new AssistantDatabase(Options.Create(new LiteDbOptions { Path = Path.Combine(folder, "assistant.db") })))
        {
            await new LiteDbOutbox(db).EnqueueAsync(
                [new(6901, OutboxLane.Reply, OutgoingMessage.Plain("Your answer")), new(6902, OutboxLane.Proactive, OutgoingMessage.Plain("Your reminder"))],
                CancellationToken.None);
        }

        await using var host = await StartAsync(fake: fake, folder: folder);

        await host.MessagesAsync(6901, 1);
        await host.MessagesAsync(6902, 1);
        Assert.Equal(["Your answer"], fake.TextsTo(6901));
        Assert.Equal(["Your reminder"], fake.TextsTo(6902));
    }

    [Fact]
    public async Task A_sent_message_leaves_the_outbox_so_a_restart_does_not_send_it_again()
    {
        await using var host = await StartAsync();
        await host.Services.GetRequiredService<IUserMessenger>().SendAsync(6903, [OutgoingMessage.Plain("Once")], CancellationToken.None);
        await host.MessagesAsync(6903, 1);

        var outbox = host.Services.GetRequiredService<IOutbox>();
        await EventuallyAsync(
            async () => (await outbox.ClaimAsync("check", DateTimeOffset.MaxValue.AddYears(-1), DateTimeOffset.MaxValue.AddYears(-1), 10, CancellationToken.None)).Count == 0,
            "the sent message to leave the outbox");
    }
}
