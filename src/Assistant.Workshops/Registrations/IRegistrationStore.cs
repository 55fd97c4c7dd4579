namespace Assistant.Workshops.Registrations;

/// <summary>
/// Registrations, changed one session at a time: <see cref="ChangeSessionAsync{T}"/> reads the session's
/// registrations, lets the caller decide, and saves the decision with no other change to that session
/// in between. That is what keeps 50 people registering at once for 10 places from overbooking.
/// </summary>
public interface IRegistrationStore
{
    /// <summary>
    /// Runs <paramref name="decide"/> on all registrations of <paramref name="sessionKey"/> and saves the
    /// registrations it returns (new ones and changed ones), atomically per session. <paramref name="decide"/>
    /// may run under a lock: it must be quick and must not call the store.
    /// </summary>
    Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken);

    Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Removes the registrations of sessions that ended before <paramref name="cutoff"/> (retention).</summary>
    Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Removes every registration of a user (erasure); cancel them first so the waiting list moves.</summary>
    Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>What a session change saves, and what it tells the caller.</summary>
public sealed record SessionChange<T>(IReadOnlyList<WorkshopRegistration> Save, T Result);
