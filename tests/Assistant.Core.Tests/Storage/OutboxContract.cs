using Assistant.Core.Conversations;
using Assistant.Core.Storage;

namespace Assistant.Core.Tests.Storage;

/// <summary>
/// What every <see cref="IOutbox"/> must do, whatever it stores in; a provider's test class derives from this
/// and says how to open its outbox. Written from the interface's contract, so a new provider can be checked by it alone.
/// </summary>
public abstract class OutboxContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    protected abstract IOutbox Outbox { get; }

    protected static OutboxMessage Reply(long chat, string text) => new(chat, OutboxLane.Reply, OutgoingMessage.Plain(text));

    protected static OutboxMessage Reminder(long chat, string text) => new(chat, OutboxLane.Proactive, OutgoingMessage.Plain(text));

    protected Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset? at = null, int limit = 100) =>
        Outbox.ClaimAsync(claimant, at ?? Now, (at ?? Now).AddMinutes(10), limit, CancellationToken.None);

    protected static string[] Texts(IEnumerable<OutboxEntry> entries) => [.. entries.Select(e => e.Message.Message.Text)];

    [Fact]
    public async Task Queued_messages_get_growing_ids_in_the_order_they_were_queued()
    {
        var first = await Outbox.EnqueueAsync([Reply(1, "a"), Reply(2, "b")], CancellationToken.None);
        var second = await Outbox.EnqueueAsync([Reminder(1, "c")], CancellationToken.None);

        var ids = first.Concat(second).Select(e => e.Id).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(["a", "b", "c"], Texts(first.Concat(second)));
    }

    [Fact]
    public async Task Replies_are_handed_out_before_reminders_that_waited_longer()
    {
        await Outbox.EnqueueAsync([Reminder(1, "reminder 1"), Reminder(2, "reminder 2")], CancellationToken.None);
        await Outbox.EnqueueAsync([Reply(3, "reply 1"), Reply(4, "reply 2")], CancellationToken.None);

        var claimed = await ClaimAsync("sender");

        Assert.Equal(["reply 1", "reply 2", "reminder 1", "reminder 2"], Texts(claimed));
    }

    [Fact]
    public async Task Many_chats_with_a_reply_behind_a_reminder_still_get_everything_in_order_at_a_small_limit()
    {
        // After a newsletter, fifteen people answer before their copy went out.
        for (var chat = 1; chat <= 15; chat++)
        {
            await Outbox.EnqueueAsync([Reminder(chat, $"newsletter {chat}")], CancellationToken.None);
        }

        for (var chat = 1; chat <= 15; chat++)
        {
            await Outbox.EnqueueAsync([Reply(chat, $"reply {chat}")], CancellationToken.None);
        }

        var roundOf = new Dictionary<string, int>();
        for (var round = 0; round < 10 && roundOf.Count < 30; round++)
        {
            var claimed = await ClaimAsync("sender", limit: 7);
            Assert.NotEmpty(claimed);
            foreach (var text in Texts(claimed))
            {
                roundOf.Add(text, round);
            }

            await Outbox.MarkDoneAsync([.. claimed.Select(e => e.Id)], OutboxOutcome.Sent, CancellationToken.None);
        }

        Assert.Equal(30, roundOf.Count);
        Assert.All(Enumerable.Range(1, 15), chat => Assert.True(roundOf[$"newsletter {chat}"] <= roundOf[$"reply {chat}"], $"chat {chat}'s reply was handed out before its older newsletter"));
    }

    [Fact]
    public async Task A_message_keeps_its_buttons_direction_and_file()
    {
        var message = new OutgoingMessage
        {
            Text = "مرحبا",
            Direction = TextDirection.RightToLeft,
            Buttons = [[new Button("Ja", "p:1"), new Button("Nein", "p:2")]],
            File = new OutgoingFile("termin.ics", "text/calendar", [1, 2, 3]),
        };
        await Outbox.EnqueueAsync([new OutboxMessage(5, OutboxLane.Reply, message)], CancellationToken.None);

        var stored = Assert.Single(await ClaimAsync("sender")).Message.Message;

        Assert.Equal(message.Text, stored.Text);
        Assert.Equal(TextDirection.RightToLeft, stored.Direction);
        Assert.Equal(["Ja", "Nein"], stored.Buttons.Single().Select(b => b.Label));
        Assert.Equal("p:2", stored.Buttons.Single()[1].Payload);
        Assert.Equal(new byte[] { 1, 2, 3 }, stored.File!.Content);
    }

    [Fact]
    public async Task A_claimed_message_goes_to_no_one_else_until_its_lease_runs_out()
    {
        await Outbox.EnqueueAsync([Reply(1, "a")], CancellationToken.None);

        Assert.Single(await ClaimAsync("first"));
        Assert.Empty(await ClaimAsync("second", Now.AddMinutes(5)));
        Assert.Empty(await ClaimAsync("first", Now.AddMinutes(5)));

        // The first sender died: after the lease, the message is sent by another.
        Assert.Equal(["a"], Texts(await ClaimAsync("second", Now.AddMinutes(11))));
    }

    [Fact]
    public async Task A_sender_restarted_under_its_name_gets_what_it_held_at_once()
    {
        await Outbox.EnqueueAsync([Reply(1, "held when it died")], CancellationToken.None);
        await ClaimAsync("bot");
        await ClaimAsync("other");

        await Outbox.ReleaseAsync("bot", CancellationToken.None);

        Assert.Equal(["held when it died"], Texts(await ClaimAsync("bot", Now.AddSeconds(1))));
    }

    [Fact]
    public async Task A_message_marked_done_is_never_handed_out_again()
    {
        var queued = await Outbox.EnqueueAsync([Reply(1, "sent"), Reply(2, "blocked"), Reply(3, "waiting")], CancellationToken.None);
        await ClaimAsync("sender");

        await Outbox.MarkDoneAsync([queued[0].Id], OutboxOutcome.Sent, CancellationToken.None);
        await Outbox.MarkDoneAsync([queued[1].Id], OutboxOutcome.Unreachable, CancellationToken.None);
        await Outbox.MarkDoneAsync([queued[0].Id, 999_999], OutboxOutcome.Sent, CancellationToken.None);

        Assert.Equal(["waiting"], Texts(await ClaimAsync("restarted", Now.AddHours(1))));
    }

    [Fact]
    public async Task A_chat_s_later_message_waits_while_another_sender_holds_an_earlier_one()
    {
        await Outbox.EnqueueAsync([Reply(1, "chat 1 first")], CancellationToken.None);
        await ClaimAsync("first");
        await Outbox.EnqueueAsync([Reply(1, "chat 1 second"), Reply(2, "chat 2")], CancellationToken.None);

        Assert.Equal(["chat 2"], Texts(await ClaimAsync("second")));
        Assert.Equal(["chat 1 second"], Texts(await ClaimAsync("first")));
    }

    [Fact]
    public async Task A_limit_never_hands_out_a_chat_s_reply_without_its_older_reminder()
    {
        await Outbox.EnqueueAsync([Reminder(1, "reminder"), Reminder(2, "other reminder")], CancellationToken.None);
        await Outbox.EnqueueAsync([Reply(1, "reply"), Reply(3, "other reply")], CancellationToken.None);

        var claimed = await ClaimAsync("sender", limit: 2);

        // The most urgent chat goes whole, its older reminder first; the limit leaves the rest for the next claim.
        Assert.Equal(["reminder", "reply"], Texts(claimed.OrderBy(e => e.Id)));
        Assert.Equal(["other reminder", "other reply"], Texts((await ClaimAsync("sender", limit: 10)).OrderBy(e => e.Id)));
    }
}

public sealed class InMemoryOutboxTests : OutboxContract
{
    protected override IOutbox Outbox { get; } = new InMemoryOutbox();
}
