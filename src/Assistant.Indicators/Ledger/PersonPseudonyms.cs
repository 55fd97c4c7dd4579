using System.Security.Cryptography;
using System.Text;

namespace Assistant.Indicators.Ledger;

/// <summary>
/// The pseudonym of a person in the ledger: an HMAC of the user id with the ledger's salt. Counting
/// "distinct people" needs the same person to have the same pseudonym; erasure replaces it by a random one.
/// </summary>
public sealed class PersonPseudonyms(ILedgerStore ledger)
{
    public async Task<string> OfAsync(long userId, CancellationToken cancellationToken)
    {
        var salt = await ledger.SaltAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToBase64String(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))), 0, 16);
    }

    public static string Random() => "r" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
}
