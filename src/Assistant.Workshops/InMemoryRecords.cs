namespace Assistant.Workshops;

/// <summary>
/// Records by id in memory, the common part of this feature's in-memory stores (for tests). Everything
/// runs under one lock, so each change is atomic, as in the real stores.
/// </summary>
public abstract class InMemoryRecords<T>
    where T : class
{
    /// <summary>The one lock of the store; hold it for every read and change of <see cref="Records"/> and the store's other state.</summary>
    protected Lock Gate { get; } = new();

    protected Dictionary<string, T> Records { get; } = [];

    public Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            return Task.FromResult(Records.GetValueOrDefault(id));
        }
    }

    protected Task<IReadOnlyList<T>> ListAsync<TKey>(Func<T, bool> match, Func<T, TKey> order)
    {
        lock (Gate)
        {
            return Task.FromResult<IReadOnlyList<T>>(Records.Values.Where(match).OrderBy(order).ToList());
        }
    }

    protected Task<int> DeleteAsync(Func<T, bool> match)
    {
        lock (Gate)
        {
            var ids = Records.Where(pair => match(pair.Value)).Select(pair => pair.Key).ToList();
            ids.ForEach(id => Records.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
