using Assistant.Core.Dialogs;
using Assistant.Core.Storage;
using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_messages_of_one_user_at_the_same_time_are_all_counted()
    {
        var chat = new Conversation(extraActions: [new TestFormActions(), new TestCounterActions()], flowsFolder: TestFiles.TestFlows);
        await chat.SendAsync("/start");
        await chat.PressAsync(T("de", "onboarding.agree"));
        await chat.Engine.BeginAsync(chat.UserId, "test-counter", null, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => chat.Engine.HandleAsync(new() { UserId = chat.UserId, Text = "m" + i }, CancellationToken.None))));

        var state = await chat.StateAsync();
        Assert.Equal("50", state!.Top!.Values["n"]);
        Assert.Equal(53, state.Version);
    }

    [Fact]
    public async Task A_save_against_an_older_version_is_refused()
    {
        var store = new InMemoryConversationStore();
        var first = new ConversationState { UserId = 7 };
        Assert.True(await store.TrySaveAsync(first, 0, CancellationToken.None));

        var stale = new ConversationState { UserId = 7 };
        Assert.False(await store.TrySaveAsync(stale, 0, CancellationToken.None));
        Assert.Equal(1, (await store.LoadAsync(7, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_turn_that_lost_the_race_to_another_writer_runs_again_on_fresh_state()
    {
        var store = new RacingStore();
        var chat = new Conversation(store: store);
        await chat.SendAsync("/start");
        store.InterfereOnce = true;

        await chat.PressAsync("Deutsch");

        Assert.Equal([T("de", "onboarding.welcome"), T("de", "onboarding.notice")], chat.LastTexts);
        Assert.Equal(1, store.Conflicts);
        Assert.Equal("notice", (await chat.StateAsync())!.Top!.StepId);
    }

    /// <summary>Another process writes the same conversation just before our save, once.</summary>
    private sealed class RacingStore : IConversationStore
    {
        private readonly InMemoryConversationStore _inner = new();

        public bool InterfereOnce { get; set; }

        public int Conflicts { get; private set; }

        public Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken) => _inner.LoadAsync(userId, cancellationToken);

        public async Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken)
        {
            if (InterfereOnce)
            {
                InterfereOnce = false;
                var other = (await _inner.LoadAsync(state.UserId, cancellationToken))!;
                await _inner.TrySaveAsync(other, other.Version, cancellationToken);
            }

            var saved = await _inner.TrySaveAsync(state, expectedVersion, cancellationToken);
            Conflicts += saved ? 0 : 1;
            return saved;
        }

        public Task DeleteAsync(long userId, CancellationToken cancellationToken) => _inner.DeleteAsync(userId, cancellationToken);

        public Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) => _inner.IdleSinceAsync(before, cancellationToken);
    }
}
