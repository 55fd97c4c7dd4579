using System.Security.Cryptography;

namespace Assistant.Indicators.Ledger;

/// <summary>The ledger in memory, for tests and benchmarks.</summary>
public sealed class InMemoryLedgerStore : ILedgerStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IndicatorEvent> _events = [];
    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(32);

    public Task<bool> AppendAsync(IndicatorEvent entry, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_events.TryAdd(entry.Id, entry));
        }
    }

    public Task<IReadOnlyList<IndicatorEvent>> AllAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<IndicatorEvent>>(_events.Values.ToList());
        }
    }

    public Task<int> ReplacePersonAsync(string person, string replacement, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var own = _events.Values.Where(e => e.Person == person).ToList();
            foreach (var entry in own)
            {
                _events[entry.Id] = entry with { Person = replacement };
            }

            return Task.FromResult(own.Count);
        }
    }

    public Task<byte[]> SaltAsync(CancellationToken cancellationToken) => Task.FromResult(_salt);
}
