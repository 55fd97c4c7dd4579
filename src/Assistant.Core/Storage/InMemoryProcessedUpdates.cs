using System.Collections.Concurrent;

namespace Assistant.Core.Storage;

/// <summary>Processed update ids in memory, for tests, benchmarks and hosts without a store; pruned as it goes.</summary>
public sealed class InMemoryProcessedUpdates(TimeProvider time) : IProcessedUpdates
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<(long BotId, long UpdateId), DateTimeOffset> _seen = new();
    private long _nextPruneTicks;

    public Task<bool> TryMarkProcessedAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        PruneIfDue(now);
        return Task.FromResult(_seen.TryAdd((botId, updateId), now));
    }

    /// <summary>Whether the update was marked and not yet pruned.</summary>
    public bool Contains(long botId, long updateId) => _seen.ContainsKey((botId, updateId));

    private void PruneIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        var cutoff = now - IProcessedUpdates.RetentionPeriod;
        foreach (var (key, at) in _seen)
        {
            if (at < cutoff)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
