using Assistant.Core.Staff;

namespace Assistant.Handoff.Staff;

/// <summary>A one-time link that makes whoever opens it a staff member with <see cref="Roles"/>. Stored by the hash of its token.</summary>
public sealed record StaffInvite
{
    public required string Id { get; init; }

    public required IReadOnlySet<StaffRole> Roles { get; init; }

    public long CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public long? UsedBy { get; init; }

    public DateTimeOffset? UsedAt { get; init; }
}

/// <summary>Keeps staff invitations by the hash of their token.</summary>
public interface IStaffInviteStore
{
    Task<StaffInvite?> GetAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(StaffInvite invite, CancellationToken cancellationToken);
}

/// <summary>Staff invitations in memory, for tests.</summary>
public sealed class InMemoryStaffInviteStore : IStaffInviteStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StaffInvite> _invites = new();

    public Task<StaffInvite?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_invites.GetValueOrDefault(id));

    public Task SaveAsync(StaffInvite invite, CancellationToken cancellationToken)
    {
        _invites[invite.Id] = invite;
        return Task.CompletedTask;
    }
}
