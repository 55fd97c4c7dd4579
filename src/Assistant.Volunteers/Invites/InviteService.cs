using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Invites;

/// <summary>A new invitation: the link to hand out and what it allows.</summary>
public sealed record CreatedInvite(string Payload, string Link, VolunteerInvite Invite);

/// <summary>
/// Creates invitation links and takes uses from them. Tokens are 128 random bits in base64url, which
/// fits Telegram's start payload (letters, digits, _ and -, at most 64 characters).
/// </summary>
public sealed class InviteService(IInviteStore store, IDeepLinks links, IOptions<VolunteersOptions> options, TimeProvider time)
{
    /// <summary>Start payloads with this prefix are volunteer invitations; onboarding hands them to the join flow.</summary>
    public const string PayloadPrefix = "v-";

    private const int TokenBytes = 16;
    private readonly SemaphoreSlim _redeemLock = new(1, 1);

    public async Task<CreatedInvite> CreateAsync(long staffUserId, int maxUses, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUses, 1);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var now = time.GetUtcNow();
        var invite = new VolunteerInvite
        {
            Id = Hash(token),
            CreatedBy = staffUserId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.InviteValidDays),
            MaxUses = maxUses,
        };
        await store.SaveAsync(invite, cancellationToken).ConfigureAwait(false);
        var payload = PayloadPrefix + token;
        return new CreatedInvite(payload, await links.LinkForAsync(payload, cancellationToken).ConfigureAwait(false), invite);
    }

    public async Task<InviteStatus> CheckAsync(string? payload, CancellationToken cancellationToken) =>
        Status(await FindAsync(payload, cancellationToken).ConfigureAwait(false));

    /// <summary>Takes one use of the invitation. Two people racing for the last use: one gets it, the other is told it is used up.</summary>
    public async Task<InviteStatus> RedeemAsync(string? payload, CancellationToken cancellationToken)
    {
        await _redeemLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var invite = await FindAsync(payload, cancellationToken).ConfigureAwait(false);
            var status = Status(invite);
            if (status == InviteStatus.Valid)
            {
                await store.SaveAsync(invite! with { Uses = invite.Uses + 1 }, cancellationToken).ConfigureAwait(false);
            }

            return status;
        }
        finally
        {
            _redeemLock.Release();
        }
    }

    public static bool LooksLikeInvite(string? payload) =>
        payload is not null && payload.StartsWith(PayloadPrefix, StringComparison.Ordinal);

    private async Task<VolunteerInvite?> FindAsync(string? payload, CancellationToken cancellationToken)
    {
        if (!LooksLikeInvite(payload) || payload!.Length > 64)
        {
            return null;
        }

        return await store.GetAsync(Hash(payload[PayloadPrefix.Length..]), cancellationToken).ConfigureAwait(false);
    }

    private InviteStatus Status(VolunteerInvite? invite) =>
        invite is null ? InviteStatus.Unknown
        : invite.ExpiresAt <= time.GetUtcNow() ? InviteStatus.Expired
        : invite.UsesLeft == 0 ? InviteStatus.UsedUp
        : InviteStatus.Valid;

    private static string Hash(string token) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
