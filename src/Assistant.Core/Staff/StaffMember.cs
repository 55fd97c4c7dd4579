namespace Assistant.Core.Staff;

/// <summary>
/// What a staff member may do. Roles add up; none implies <see cref="AntiDiscrimination"/>, because
/// discrimination reports are the most sensitive data the bot holds.
/// </summary>
public enum StaffRole
{
    /// <summary>Adds and removes staff; comes from configuration or from another admin. Also has <see cref="Staff"/>.</summary>
    Admin,

    /// <summary>Social workers and coordinators: tickets, workshops, shifts.</summary>
    Staff,

    /// <summary>Anti-discrimination counsellors: the only ones who see report contents.</summary>
    AntiDiscrimination,
}

public sealed record StaffMember
{
    public required long UserId { get; init; }

    public required string DisplayName { get; init; }

    public IReadOnlySet<StaffRole> Roles { get; init; } = new HashSet<StaffRole>();

    public DateTimeOffset AddedAt { get; init; }

    public long? AddedBy { get; init; }
}

public interface IStaffStore
{
    Task<StaffMember?> GetAsync(long userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(StaffMember member, CancellationToken cancellationToken);

    Task DeleteAsync(long userId, CancellationToken cancellationToken);
}
