namespace Assistant.Core.Storage;

/// <summary>
/// Remembers which channel updates were taken on, so an update delivered twice (Telegram redelivers
/// what was not confirmed before a crash) has no second effect. Entries older than
/// <see cref="RetentionPeriod"/> are dropped: Telegram keeps an undelivered update for at most a day.
/// </summary>
public interface IProcessedUpdates
{
    static readonly TimeSpan RetentionPeriod = TimeSpan.FromHours(25);

    /// <summary>
    /// Marks update <paramref name="updateId"/> of bot <paramref name="botId"/> as taken. Returns false,
    /// and marks nothing, when it was marked before.
    /// </summary>
    Task<bool> TryMarkProcessedAsync(long botId, long updateId, CancellationToken cancellationToken);
}
