using System.Collections.Concurrent;

namespace Assistant.Volunteers.Profiles;

/// <summary>Volunteers in memory, for tests.</summary>
public sealed class InMemoryVolunteerStore : IVolunteerStore
{
    private readonly ConcurrentDictionary<long, VolunteerProfile> _volunteers = new();

    public Task<VolunteerProfile?> GetAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(_volunteers.GetValueOrDefault(userId));

    public Task<IReadOnlyList<VolunteerProfile>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VolunteerProfile>>(_volunteers.Values.OrderBy(v => v.UserId).ToList());

    public Task SaveAsync(VolunteerProfile profile, CancellationToken cancellationToken)
    {
        _volunteers[profile.UserId] = profile;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(_volunteers.TryRemove(userId, out _));
}
