using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Tests.Support;

namespace Assistant.Handoff.Tests;

/// <summary>A new ticket is posted by a stored job after the turn, and tried again when the staff chat asks to wait.</summary>
public sealed class AnnounceTests
{
    [Fact]
    public async Task A_staff_chat_that_asks_to_wait_gets_the_ticket_after_the_wait_while_the_participant_was_answered_at_once()
    {
        WaitingStaffChats? chats = null;
        using var world = new HandoffWorld(staffChats: recorded => chats = new WaitingStaffChats(recorded, TimeSpan.FromSeconds(20)));
        var p = await world.ParticipantAsync(1);
        await p.ChooseAsync("menu.person");

        await p.SendAsync("Eine Frage zum Sozialpass");

        Assert.Equal(p.T("handoff.created", ("ticket", "GS-2026-0001")), p.LastTexts[0]);
        Assert.Empty(world.StaffChats.Posts);
        Assert.Null((await world.TicketAsync("GS-2026-0001")).Post);

        await world.AdvanceAsync(TimeSpan.FromSeconds(19));
        Assert.Empty(world.StaffChats.Posts);
        await world.AdvanceAsync(TimeSpan.FromSeconds(2));

        var (post, title, _) = Assert.Single(world.StaffChats.Posts);
        Assert.Equal("GS-2026-0001 · Anfrage · de", title);
        Assert.Equal(post.TopicId, (await world.TicketAsync("GS-2026-0001")).Post?.TopicId);
        Assert.Equal(2, chats!.Attempts);
    }

    /// <summary>Asks to wait on the first new topic, as Telegram's 429 on createForumTopic does; then posts as usual.</summary>
    private sealed class WaitingStaffChats(RecordingStaffChats inner, TimeSpan wait) : IStaffChats
    {
        public int Attempts { get; private set; }

        public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken) =>
            newTopicTitle is not null && ++Attempts == 1
                ? throw new StaffChatUnavailableException("wait", wait)
                : inner.PostAsync(kind, message, newTopicTitle, cancellationToken);

        public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken) =>
            inner.ReplyAsync(topic, message, cancellationToken);
    }
}
