using System.Collections.Concurrent;

namespace Assistant.Volunteers.Invites;

/// <summary>Invitations in memory, for tests.</summary>
public sealed class InMemoryInviteStore : IInviteStore
{
    private readonly ConcurrentDictionary<string, VolunteerInvite> _invites = new();

    public Task<VolunteerInvite?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_invites.GetValueOrDefault(id));

    public Task SaveAsync(VolunteerInvite invite, CancellationToken cancellationToken)
    {
        _invites[invite.Id] = invite;
        return Task.CompletedTask;
    }
}
