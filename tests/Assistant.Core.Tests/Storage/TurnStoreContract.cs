using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;

namespace Assistant.Core.Tests.Storage;

/// <summary>
/// What every <see cref="ITurnStore"/> must do: a turn's writes all or none. A provider's test class derives from
/// this and gives its stores, all over the same data.
/// </summary>
public abstract class TurnStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly ChannelUpdate Update = new(42, 1001);

    protected abstract ITurnStore Turns { get; }

    protected abstract IConversationStore Conversations { get; }

    protected abstract IUserProfileStore Profiles { get; }

    protected abstract IScheduledJobStore Jobs { get; }

    protected abstract IOutbox Outbox { get; }

    private static ConversationState State(long user, string step) => new()
    {
        UserId = user,
        Stack = [new DialogFrame { FlowId = "menu", StepId = step, Waiting = true }],
        UpdatedAt = Now,
    };

    private static TurnCommit Turn(long user, string step, int expectedVersion = 0, ChannelUpdate? update = null) => new()
    {
        UserId = user,
        State = State(user, step),
        ExpectedVersion = expectedVersion,
        Profile = new UserProfile { UserId = user, Language = "uk" },
        Update = update ?? Update,
        Outgoing = [new OutboxMessage(user, OutboxLane.Reply, OutgoingMessage.Plain("reply to " + step))],
    };

    private async Task<string[]> WaitingTextsAsync() =>
        [.. (await Outbox.ClaimAsync("check", Now, Now.AddMinutes(1), 100, CancellationToken.None)).Select(e => e.Message.Message.Text)];

    [Fact]
    public async Task A_turn_stores_the_conversation_the_profile_its_replies_and_that_the_update_was_handled()
    {
        var commit = Turn(7, "ask");

        var result = await Turns.CommitTurnAsync(commit, CancellationToken.None);

        Assert.Equal(TurnCommitOutcome.Committed, result.Outcome);
        Assert.Equal(1, commit.State!.Version);
        Assert.Equal("ask", (await Conversations.LoadAsync(7, CancellationToken.None))!.Top!.StepId);
        Assert.Equal(1, (await Conversations.LoadAsync(7, CancellationToken.None))!.Version);
        Assert.Equal("uk", (await Profiles.GetAsync(7, CancellationToken.None))!.Language);
        Assert.Equal(["reply to ask"], result.Queued.Select(e => e.Message.Message.Text));
        Assert.Equal(["reply to ask"], await WaitingTextsAsync());
        Assert.True(await Turns.WasHandledAsync(Update, CancellationToken.None));
    }

    [Fact]
    public async Task An_update_delivered_again_after_its_turn_committed_writes_nothing()
    {
        await Turns.CommitTurnAsync(Turn(7, "ask"), CancellationToken.None);

        var again = await Turns.CommitTurnAsync(Turn(7, "other", expectedVersion: 1), CancellationToken.None);

        Assert.Equal(TurnCommitOutcome.AlreadyHandled, again.Outcome);
        Assert.Empty(again.Queued);
        Assert.Equal("ask", (await Conversations.LoadAsync(7, CancellationToken.None))!.Top!.StepId);
        Assert.Equal(["reply to ask"], await WaitingTextsAsync());
    }

    [Fact]
    public async Task A_turn_that_lost_to_another_writer_writes_nothing_and_leaves_its_update_unhandled()
    {
        await Turns.CommitTurnAsync(Turn(7, "ask", update: new ChannelUpdate(42, 1)), CancellationToken.None);

        var stale = await Turns.CommitTurnAsync(Turn(7, "stale", expectedVersion: 0), CancellationToken.None);
        var staler = await Turns.CommitTurnAsync(Turn(7, "stale", expectedVersion: 5), CancellationToken.None);

        Assert.Equal(TurnCommitOutcome.Conflict, stale.Outcome);
        Assert.Equal(TurnCommitOutcome.Conflict, staler.Outcome);
        Assert.False(await Turns.WasHandledAsync(Update, CancellationToken.None));
        Assert.Equal("ask", (await Conversations.LoadAsync(7, CancellationToken.None))!.Top!.StepId);
        Assert.Equal(["reply to ask"], await WaitingTextsAsync());

        // Run again on fresh state, the same update commits.
        Assert.Equal(TurnCommitOutcome.Committed, (await Turns.CommitTurnAsync(Turn(7, "fresh", expectedVersion: 1), CancellationToken.None)).Outcome);
        Assert.Equal(2, (await Conversations.LoadAsync(7, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_failed_turn_queues_its_apology_and_leaves_the_conversation_where_it_was()
    {
        await Turns.CommitTurnAsync(Turn(7, "ask", update: new ChannelUpdate(42, 1)), CancellationToken.None);

        var result = await Turns.CommitTurnAsync(
            new TurnCommit { UserId = 7, Update = Update, Outgoing = [new OutboxMessage(7, OutboxLane.Reply, OutgoingMessage.Plain("sorry"))] },
            CancellationToken.None);

        Assert.Equal(TurnCommitOutcome.Committed, result.Outcome);
        Assert.Equal(1, (await Conversations.LoadAsync(7, CancellationToken.None))!.Version);
        Assert.Equal(["reply to ask", "sorry"], await WaitingTextsAsync());
    }

    [Fact]
    public async Task Erasure_removes_the_conversation_and_the_profile()
    {
        await Turns.CommitTurnAsync(Turn(7, "ask", update: new ChannelUpdate(42, 1)), CancellationToken.None);

        await Turns.CommitTurnAsync(new TurnCommit { UserId = 7, Forget = true, Update = Update }, CancellationToken.None);

        Assert.Null(await Conversations.LoadAsync(7, CancellationToken.None));
        Assert.Null(await Profiles.GetAsync(7, CancellationToken.None));
    }

    [Fact]
    public async Task A_finished_job_queues_its_messages_once()
    {
        var job = new ScheduledJob { Id = "reminder:1:24h", Kind = "reminder", DueAt = Now, UserId = 7 };
        await Jobs.ScheduleAsync(job, CancellationToken.None);
        OutboxMessage[] messages = [new(7, OutboxLane.Proactive, OutgoingMessage.Plain("Tomorrow at 10"))];

        var first = await Turns.CompleteJobAsync(job with { State = JobState.Done, FinishedAt = Now }, JobState.Pending, messages, CancellationToken.None);
        var second = await Turns.CompleteJobAsync(job with { State = JobState.Done, FinishedAt = Now }, JobState.Pending, messages, CancellationToken.None);

        Assert.Single(first!);
        Assert.Null(second);
        Assert.Equal(JobState.Done, (await Jobs.GetAsync(job.Id, CancellationToken.None))!.State);
        Assert.Equal(["Tomorrow at 10"], await WaitingTextsAsync());
    }

    [Fact]
    public async Task A_cancelled_job_queues_nothing()
    {
        var job = new ScheduledJob { Id = "reminder:2:24h", Kind = "reminder", DueAt = Now, UserId = 7 };
        await Jobs.ScheduleAsync(job, CancellationToken.None);
        await Jobs.CancelAsync("reminder:2", CancellationToken.None);

        var queued = await Turns.CompleteJobAsync(job with { State = JobState.Done }, JobState.Pending, [new(7, OutboxLane.Proactive, OutgoingMessage.Plain("x"))], CancellationToken.None);

        Assert.Null(queued);
        Assert.Equal(JobState.Cancelled, (await Jobs.GetAsync(job.Id, CancellationToken.None))!.State);
        Assert.Empty(await WaitingTextsAsync());
    }
}

public sealed class SeparateWritesTurnStoreTests : TurnStoreContract
{
    public SeparateWritesTurnStoreTests() =>
        Turns = new SeparateWritesTurnStore(Conversations, Profiles, Jobs, Outbox, TimeProvider.System);

    protected override ITurnStore Turns { get; }

    protected override IConversationStore Conversations { get; } = new InMemoryConversationStore();

    protected override IUserProfileStore Profiles { get; } = new InMemoryUserProfileStore();

    protected override IScheduledJobStore Jobs { get; } = new InMemoryScheduledJobStore();

    protected override IOutbox Outbox { get; } = new InMemoryOutbox();
}
