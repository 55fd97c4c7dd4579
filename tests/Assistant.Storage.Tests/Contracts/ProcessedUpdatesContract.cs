using Assistant.Core.Storage;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>An update delivered twice is taken once, also when the deliveries arrive at the same moment.</summary>
public abstract class ProcessedUpdatesContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    [SkippableFact]
    public async Task An_update_is_taken_once_and_each_bot_counts_its_own()
    {
        var updates = Store<IProcessedUpdates>();

        Assert.True(await updates.TryMarkProcessedAsync(1, 100, None));
        Assert.False(await updates.TryMarkProcessedAsync(1, 100, None));
        Assert.True(await updates.TryMarkProcessedAsync(2, 100, None));
        Assert.True(await updates.TryMarkProcessedAsync(1, 101, None));
    }

    [SkippableFact]
    public async Task Of_twenty_deliveries_of_one_update_at_once_exactly_one_is_taken()
    {
        var updates = Store<IProcessedUpdates>();

        var taken = await AtOnceAsync(20, _ => updates.TryMarkProcessedAsync(1, 555, None));

        Assert.Single(taken, t => t);
    }
}

public sealed class InMemoryProcessedUpdatesTests(InMemoryStores stores) : ProcessedUpdatesContract<InMemoryStores>(stores);

public sealed class LiteDbProcessedUpdatesTests(LiteDbStores stores) : ProcessedUpdatesContract<LiteDbStores>(stores);

public sealed class PostgreSqlProcessedUpdatesTests(PostgreSqlStores stores) : ProcessedUpdatesContract<PostgreSqlStores>(stores);
