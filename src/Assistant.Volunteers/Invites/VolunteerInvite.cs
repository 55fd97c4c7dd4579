namespace Assistant.Volunteers.Invites;

/// <summary>
/// An invitation to join as a volunteer. Only a hash of the link's token is stored: whoever reads the
/// data file cannot build working links from it.
/// </summary>
public sealed record VolunteerInvite
{
    /// <summary>SHA-256 of the token, base64url.</summary>
    public required string Id { get; init; }

    public required long CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required int MaxUses { get; init; }

    public int Uses { get; init; }

    public int UsesLeft => Math.Max(0, MaxUses - Uses);
}

/// <summary>What an invitation link is worth right now.</summary>
public enum InviteStatus
{
    Valid,
    Expired,
    UsedUp,
    Unknown,
}

public interface IInviteStore
{
    Task<VolunteerInvite?> GetAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(VolunteerInvite invite, CancellationToken cancellationToken);
}
