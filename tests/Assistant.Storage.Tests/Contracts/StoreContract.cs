using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>
/// The base of every contract suite: each test gets empty stores of <typeparamref name="TProvider"/>.
/// A suite is written once, against the interface, and run by one small subclass per provider.
/// </summary>
public abstract class StoreContract<TProvider>(TProvider provider) : IClassFixture<TProvider>, IAsyncLifetime
    where TProvider : StoreProvider
{
    protected static readonly DateTimeOffset Now = StoreProvider.Now;

    protected static readonly CancellationToken None = CancellationToken.None;

    private IServiceProvider? _services;

    public async Task InitializeAsync() => _services = await provider.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected T Store<T>()
        where T : notnull =>
        (_services ?? throw new InvalidOperationException("The stores are not ready.")).GetRequiredService<T>();

    /// <summary>Runs <paramref name="attempt"/> <paramref name="count"/> times at once, each on its own thread.</summary>
    protected static Task<T[]> AtOnceAsync<T>(int count, Func<int, Task<T>> attempt) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => attempt(i))));
}
