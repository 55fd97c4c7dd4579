using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Staff;

/// <summary>What became of opening a staff invitation link.</summary>
public enum StaffInviteStatus
{
    Joined,
    Expired,
    Used,
    Unknown,
}

/// <summary>
/// Staff invitation links (<c>/start s-&lt;token&gt;</c>): an admin makes one, the first person who opens it
/// becomes staff. Tokens are 128 random bits; only their hash is stored.
/// </summary>
internal sealed class StaffInvitations(IStaffInviteStore invites, IStaffStore staff, IDeepLinks links, IOptions<HandoffOptions> options, TimeProvider time)
{
    public const string PayloadPrefix = "s-";

    private readonly SemaphoreSlim _redeemLock = new(1, 1);

    public async Task<string> CreateAsync(long adminUserId, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        await invites.SaveAsync(new StaffInvite
        {
            Id = Hash(token),
            Roles = roles,
            CreatedBy = adminUserId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.StaffInviteValidDays),
        }, cancellationToken).ConfigureAwait(false);
        return await links.LinkForAsync(PayloadPrefix + token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the link for <paramref name="userId"/>; two people racing for it: one joins, the other is told it is used.</summary>
    public async Task<(StaffInviteStatus Status, IReadOnlySet<StaffRole> Roles)> RedeemAsync(string? payload, long userId, string? name, CancellationToken cancellationToken)
    {
        if (payload is null || !payload.StartsWith(PayloadPrefix, StringComparison.Ordinal) || payload.Length > 64)
        {
            return (StaffInviteStatus.Unknown, new HashSet<StaffRole>());
        }

        await _redeemLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var invite = await invites.GetAsync(Hash(payload[PayloadPrefix.Length..]), cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var status = invite is null ? StaffInviteStatus.Unknown
                : invite.UsedBy is not null ? StaffInviteStatus.Used
                : invite.ExpiresAt <= now ? StaffInviteStatus.Expired
                : StaffInviteStatus.Joined;
            if (status != StaffInviteStatus.Joined)
            {
                return (status, new HashSet<StaffRole>());
            }

            await invites.SaveAsync(invite! with { UsedBy = userId, UsedAt = now }, cancellationToken).ConfigureAwait(false);
            var existing = await staff.GetAsync(userId, cancellationToken).ConfigureAwait(false);
            var roles = new HashSet<StaffRole>(existing?.Roles ?? new HashSet<StaffRole>());
            roles.UnionWith(invite.Roles);
            await staff.SaveAsync(new StaffMember
            {
                UserId = userId,
                DisplayName = existing?.DisplayName ?? name ?? userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Roles = roles,
                AddedAt = existing?.AddedAt ?? now,
                AddedBy = existing?.AddedBy ?? invite.CreatedBy,
            }, cancellationToken).ConfigureAwait(false);
            return (status, roles);
        }
        finally
        {
            _redeemLock.Release();
        }
    }

    private static string Hash(string token) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
