using System.Collections.Concurrent;

namespace Assistant.Core.Users;

/// <summary>Profiles in memory, for tests and benchmarks.</summary>
public sealed class InMemoryUserProfileStore : IUserProfileStore
{
    private readonly ConcurrentDictionary<long, UserProfile> _profiles = new();

    public Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(userId));

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles[profile.UserId] = profile;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _profiles.TryRemove(userId, out _);
        return Task.CompletedTask;
    }
}
