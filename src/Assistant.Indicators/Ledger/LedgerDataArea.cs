using Assistant.Core.Privacy;

namespace Assistant.Indicators.Ledger;

/// <summary>
/// The ledger in /delete: the person's pseudonym is replaced by a random one, so the figures stay the
/// same and nothing in them leads back to the person. /mydata shows nothing: the ledger holds nothing
/// that names them.
/// </summary>
internal sealed class LedgerDataArea(ILedgerStore ledger, PersonPseudonyms pseudonyms) : IPersonalDataArea
{
    public string Name => "indicators";

    public Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken) =>
        Task.FromResult<PersonalDataSection?>(null);

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        var person = await pseudonyms.OfAsync(userId, cancellationToken).ConfigureAwait(false);
        return await ledger.ReplacePersonAsync(person, PersonPseudonyms.Random(), cancellationToken).ConfigureAwait(false);
    }
}
