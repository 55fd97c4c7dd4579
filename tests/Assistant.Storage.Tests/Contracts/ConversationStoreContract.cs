using Assistant.Core.Dialogs;
using Assistant.Core.Storage;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>A conversation comes back as it was saved, and of two writers with the same version only one wins.</summary>
public abstract class ConversationStoreContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    [SkippableFact]
    public async Task A_saved_conversation_comes_back_with_its_answers_and_version_one()
    {
        var store = Store<IConversationStore>();
        var state = Conversation(1, Now);

        Assert.True(await store.TrySaveAsync(state, 0, None));

        var loaded = await store.LoadAsync(1, None);
        Assert.Equal(1, state.Version);
        Assert.Equal(1, loaded!.Version);
        Assert.Equal(Now, loaded.UpdatedAt);
        Assert.Equal(("registration", "name", true), (loaded.Top!.FlowId, loaded.Top.StepId, loaded.Top.Waiting));
        Assert.Equal("أمينة يوسف", loaded.Top.Values["name"]);
        Assert.Null(await store.LoadAsync(2, None));
    }

    [SkippableFact]
    public async Task A_save_with_an_old_version_is_refused_and_changes_nothing()
    {
        var store = Store<IConversationStore>();
        Assert.True(await store.TrySaveAsync(Conversation(1, Now), 0, None));
        Assert.True(await store.TrySaveAsync(Conversation(1, Now.AddMinutes(1)), 1, None));

        var late = Conversation(1, Now.AddMinutes(2), name: "late writer");
        Assert.False(await store.TrySaveAsync(late, 1, None));
        Assert.False(await store.TrySaveAsync(Conversation(1, Now.AddMinutes(3)), 0, None));

        var loaded = await store.LoadAsync(1, None);
        Assert.Equal(2, loaded!.Version);
        Assert.Equal(Now.AddMinutes(1), loaded.UpdatedAt);
        Assert.Equal("أمينة يوسف", loaded.Top!.Values["name"]);
    }

    [SkippableFact]
    public async Task Of_twenty_writers_with_the_same_version_exactly_one_wins()
    {
        var store = Store<IConversationStore>();
        Assert.True(await store.TrySaveAsync(Conversation(1, Now), 0, None));

        var won = await AtOnceAsync(20, i => store.TrySaveAsync(Conversation(1, Now.AddSeconds(i), name: $"writer {i}"), 1, None));

        Assert.Single(won, w => w);
        var winner = Array.IndexOf(won, true);
        var loaded = await store.LoadAsync(1, None);
        Assert.Equal((2, $"writer {winner}"), (loaded!.Version, loaded.Top!.Values["name"]));
    }

    [SkippableFact]
    public async Task Deleting_removes_the_conversation_and_a_new_one_starts_at_version_one()
    {
        var store = Store<IConversationStore>();
        Assert.True(await store.TrySaveAsync(Conversation(1, Now), 0, None));

        await store.DeleteAsync(1, None);

        Assert.Null(await store.LoadAsync(1, None));
        Assert.True(await store.TrySaveAsync(Conversation(1, Now), 0, None));
        Assert.Equal(1, (await store.LoadAsync(1, None))!.Version);
    }

    [SkippableFact]
    public async Task Idle_conversations_are_those_last_changed_before_the_cutoff()
    {
        var store = Store<IConversationStore>();
        Assert.True(await store.TrySaveAsync(Conversation(1, Now.AddDays(-40)), 0, None));
        Assert.True(await store.TrySaveAsync(Conversation(2, Now.AddDays(-1)), 0, None));
        Assert.True(await store.TrySaveAsync(Conversation(3, Now.AddDays(-30)), 0, None));

        var idle = await store.IdleSinceAsync(Now.AddDays(-30), None);

        Assert.Equal([1L], idle.Order());
    }

    private static ConversationState Conversation(long userId, DateTimeOffset at, string name = "أمينة يوسف") => new()
    {
        UserId = userId,
        UpdatedAt = at,
        Stack = [new DialogFrame { FlowId = "registration", StepId = "name", Waiting = true, Values = { ["name"] = name } }],
    };
}

public sealed class InMemoryConversationStoreTests(InMemoryStores stores) : ConversationStoreContract<InMemoryStores>(stores);

public sealed class LiteDbConversationStoreTests(LiteDbStores stores) : ConversationStoreContract<LiteDbStores>(stores);

public sealed class PostgreSqlConversationStoreTests(PostgreSqlStores stores) : ConversationStoreContract<PostgreSqlStores>(stores);
