namespace Assistant.Workshops.Registrations;

/// <summary>Registrations in memory, for tests; one lock makes each session change atomic, as in the real store.</summary>
public sealed class InMemoryRegistrationStore : IRegistrationStore
{
    private readonly Dictionary<string, WorkshopRegistration> _registrations = [];
    private readonly Lock _lock = new();

    public Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var change = decide(_registrations.Values.Where(r => r.SessionKey == sessionKey).OrderBy(r => r.QueueNumber).ToList());
            foreach (var registration in change.Save)
            {
                _registrations[registration.Id] = registration;
            }

            return Task.FromResult(change.Result);
        }
    }

    public Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_registrations.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WorkshopRegistration>>(_registrations.Values.Where(r => r.SessionKey == sessionKey).OrderBy(r => r.QueueNumber).ToList());
        }
    }

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WorkshopRegistration>>(_registrations.Values.Where(r => r.UserId == userId).OrderBy(r => r.RegisteredAt).ToList());
        }
    }

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _registrations.Values.Where(r => r.SessionEnd < cutoff).Select(r => r.Id).ToList();
            ids.ForEach(id => _registrations.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _registrations.Values.Where(r => r.UserId == userId).Select(r => r.Id).ToList();
            ids.ForEach(id => _registrations.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
