using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Tests.Storage;
using Assistant.Core.Users;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Outbox;

/// <summary>
/// The outbox contract against PostgreSQL, plus what only several instances on one database can show. Each
/// "instance" is a service provider of its own (its own connection pool); making one empties the database, so
/// a test makes all its instances before it writes anything.
/// </summary>
public sealed class PostgreSqlOutboxTests(PostgreSqlStores stores) : OutboxContract, IClassFixture<PostgreSqlStores>, IAsyncLifetime
{
    private IServiceProvider? _instance;

    protected override IOutbox Outbox => _instance!.GetRequiredService<IOutbox>();

    public async Task InitializeAsync() => _instance = await stores.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_message_queued_by_one_instance_is_sent_by_another_when_the_first_dies()
    {
        var other = (await stores.FreshAsync()).GetRequiredService<IOutbox>();
        await Outbox.EnqueueAsync([Reply(1, "not yet sent")], CancellationToken.None);
        await ClaimAsync("dead instance");

        Assert.Empty(await other.ClaimAsync("living instance", Now.AddMinutes(5), Now.AddMinutes(15), 10, CancellationToken.None));
        var claimed = await other.ClaimAsync("living instance", Now.AddMinutes(11), Now.AddMinutes(21), 10, CancellationToken.None);
        Assert.Equal(["not yet sent"], Texts(claimed));
    }

    [Fact]
    public async Task Three_instances_claiming_at_once_send_every_message_once_and_each_chat_in_order()
    {
        var instances = new[] { Outbox, (await stores.FreshAsync()).GetRequiredService<IOutbox>(), (await stores.FreshAsync()).GetRequiredService<IOutbox>() };
        var queued = new List<OutboxEntry>();
        for (var round = 0; round < 20; round++)
        {
            queued.AddRange(await Outbox.EnqueueAsync(
                [.. Enumerable.Range(1, 15).Select(chat => chat > 12 ? Reminder(chat, $"{chat}:{round}") : Reply(chat, $"{chat}:{round}"))],
                CancellationToken.None));
        }

        var sent = new List<OutboxEntry>();
        var sentLock = new Lock();
        await Task.WhenAll(instances.Select((outbox, i) => Task.Run(async () =>
        {
            while (true)
            {
                var claimed = await outbox.ClaimAsync($"instance {i}", Now, Now.AddMinutes(10), 7, CancellationToken.None);
                if (claimed.Count == 0)
                {
                    lock (sentLock)
                    {
                        if (sent.Count >= queued.Count)
                        {
                            return;
                        }
                    }

                    await Task.Yield();
                    continue;
                }

                lock (sentLock)
                {
                    sent.AddRange(claimed);
                }

                await outbox.MarkDoneAsync([.. claimed.Select(e => e.Id)], OutboxOutcome.Sent, CancellationToken.None);
            }
        })));

        Assert.Equal(queued.Select(e => e.Id).Order(), sent.Select(e => e.Id).Order());
        foreach (var chat in sent.GroupBy(e => e.ChatId))
        {
            Assert.Equal(chat.Select(e => e.Id).Order(), chat.Select(e => e.Id));
        }
    }
}

/// <summary>The turn-store contract against PostgreSQL, plus the races of several instances on one chat.</summary>
public sealed class PostgreSqlTurnStoreTests(PostgreSqlStores stores) : TurnStoreContract, IClassFixture<PostgreSqlStores>, IAsyncLifetime
{
    private IServiceProvider? _instance;

    protected override ITurnStore Turns => Get<ITurnStore>();

    protected override IConversationStore Conversations => Get<IConversationStore>();

    protected override IUserProfileStore Profiles => Get<IUserProfileStore>();

    protected override IScheduledJobStore Jobs => Get<IScheduledJobStore>();

    protected override IOutbox Outbox => Get<IOutbox>();

    public async Task InitializeAsync() => _instance = await stores.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task One_update_delivered_to_ten_instances_at_once_is_answered_once()
    {
        var instances = new List<ITurnStore> { Turns };
        for (var i = 1; i < 10; i++)
        {
            instances.Add((await stores.FreshAsync()).GetRequiredService<ITurnStore>());
        }

        var results = await Task.WhenAll(instances.Select(turns => Task.Run(() => turns.CommitTurnAsync(Turn(new ChannelUpdate(42, 7)), CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == TurnCommitOutcome.Committed);
        Assert.All(results.Where(r => r.Outcome != TurnCommitOutcome.Committed), r => Assert.Empty(r.Queued));
        Assert.Single(await Outbox.ClaimAsync("check", Now, Now.AddMinutes(1), 100, CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_updates_of_one_chat_handled_on_the_same_conversation_at_once_one_commits_and_the_other_must_run_again()
    {
        var other = (await stores.FreshAsync()).GetRequiredService<ITurnStore>();

        var results = await Task.WhenAll(
            Task.Run(() => Turns.CommitTurnAsync(Turn(new ChannelUpdate(42, 1)), CancellationToken.None)),
            Task.Run(() => other.CommitTurnAsync(Turn(new ChannelUpdate(42, 2)), CancellationToken.None)));

        Assert.Equal([TurnCommitOutcome.Committed, TurnCommitOutcome.Conflict], results.Select(r => r.Outcome).Order());
        var lost = results[0].Outcome == TurnCommitOutcome.Conflict ? new ChannelUpdate(42, 1) : new ChannelUpdate(42, 2);
        Assert.False(await Turns.WasHandledAsync(lost, CancellationToken.None));
        Assert.Single(await Outbox.ClaimAsync("check", Now, Now.AddMinutes(1), 100, CancellationToken.None));
    }

    [Fact]
    public async Task A_due_reminder_finished_by_five_instances_at_once_is_queued_once()
    {
        var instances = new List<ITurnStore> { Turns };
        for (var i = 1; i < 5; i++)
        {
            instances.Add((await stores.FreshAsync()).GetRequiredService<ITurnStore>());
        }

        var job = new ScheduledJob { Id = "reminder:9:24h", Kind = "reminder", DueAt = Now, UserId = 9 };
        await Jobs.ScheduleAsync(job, CancellationToken.None);

        var results = await Task.WhenAll(instances.Select(turns => Task.Run(() => turns.CompleteJobAsync(
            job with { State = JobState.Done, FinishedAt = Now }, JobState.Pending,
            [new OutboxMessage(9, OutboxLane.Proactive, OutgoingMessage.Plain("Tomorrow at 10"))], CancellationToken.None))));

        Assert.Single(results, r => r is not null);
        Assert.Single(await Outbox.ClaimAsync("check", Now, Now.AddMinutes(1), 100, CancellationToken.None));
    }

    private static TurnCommit Turn(ChannelUpdate update) => new()
    {
        UserId = 7,
        State = new ConversationState { UserId = 7, Stack = [new DialogFrame { FlowId = "menu", StepId = "ask", Waiting = true }], UpdatedAt = Now },
        ExpectedVersion = 0,
        Update = update,
        Outgoing = [new OutboxMessage(7, OutboxLane.Reply, OutgoingMessage.Plain("reply"))],
    };

    private T Get<T>()
        where T : notnull => _instance!.GetRequiredService<T>();
}
