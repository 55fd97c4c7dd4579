using Assistant.Core.Storage;

namespace Assistant.Storage.PostgreSql;

/// <summary>Processed update ids; the primary key makes "mark if new" one insert, also across instances. Old entries are pruned hourly.</summary>
public sealed class PostgreSqlProcessedUpdates(PostgreSqlDatabase db, TimeProvider time) : IProcessedUpdates
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private long _nextPruneTicks;

    public async Task<bool> TryMarkProcessedAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await PruneIfDueAsync(now, cancellationToken).ConfigureAwait(false);
        return await db.ExecuteAsync(
            "INSERT INTO processed_updates (bot_id, update_id, at_ticks) VALUES (@botId, @updateId, @at) ON CONFLICT DO NOTHING",
            new { botId, updateId, at = now.UtcTicks }, cancellationToken).ConfigureAwait(false) == 1;
    }

    internal async Task PruneIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, due) != due)
        {
            return;
        }

        var cutoff = (now - IProcessedUpdates.RetentionPeriod).UtcTicks;
        await db.ExecuteAsync("DELETE FROM processed_updates WHERE at_ticks < @cutoff", new { cutoff }, cancellationToken).ConfigureAwait(false);
    }
}
