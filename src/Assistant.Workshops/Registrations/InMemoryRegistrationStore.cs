namespace Assistant.Workshops.Registrations;

/// <summary>Registrations in memory, for tests; one lock makes each session change atomic, as in the real store.</summary>
public sealed class InMemoryRegistrationStore : InMemoryRecords<WorkshopRegistration>, IRegistrationStore
{
    public Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            var change = decide(Records.Values.Where(r => r.SessionKey == sessionKey).OrderBy(r => r.QueueNumber).ToList());
            foreach (var registration in change.Save)
            {
                Records[registration.Id] = registration;
            }

            return Task.FromResult(change.Result);
        }
    }

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken) =>
        ListAsync(r => r.SessionKey == sessionKey, r => r.QueueNumber);

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        ListAsync(r => r.UserId == userId, r => r.RegisteredAt);

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteAsync(r => r.SessionEnd < cutoff);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        DeleteAsync(r => r.UserId == userId);
}
