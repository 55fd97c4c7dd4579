using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.SignIn;

/// <summary>
/// One-time sign-in links: 256 random bits, kept only as their SHA-256 hash, valid a few minutes, used once.
/// They live in memory on purpose: a restart voids unused links, and staff simply ask for a new one.
/// </summary>
public sealed class SignInLinks(IOptions<StaffConsoleOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (long StaffUserId, DateTimeOffset ValidUntil)> _links = new(StringComparer.Ordinal);

    public TimeSpan Validity => TimeSpan.FromMinutes(options.Value.LinkMinutes);

    /// <summary>A new token for the staff member; only its hash is kept.</summary>
    public string Create(long staffUserId)
    {
        var now = time.GetUtcNow();
        foreach (var (hash, link) in _links)
        {
            if (link.ValidUntil <= now)
            {
                _links.TryRemove(hash, out _);
            }
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _links[Hash(token)] = (staffUserId, now + Validity);
        return token;
    }

    /// <summary>The staff member the token was made for, once: a second use, an expired or unknown token gives null.</summary>
    public long? Redeem(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100 || !_links.TryRemove(Hash(token), out var link))
        {
            return null;
        }

        return link.ValidUntil > time.GetUtcNow() ? link.StaffUserId : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
