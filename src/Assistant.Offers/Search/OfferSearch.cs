using Assistant.Offers.Content;
using Microsoft.Extensions.Logging;

namespace Assistant.Offers.Search;

/// <summary>
/// Answers a free question with the best fitting offer and up to two more, or says that nothing fits
/// well. Only offers from the content are ever returned. Thread-safe; each call uses the content in
/// service at that moment.
/// </summary>
public sealed class OfferSearch(OfferCatalog catalog, ILogger<OfferSearch> logger)
{
    /// <param name="question">What the user typed; it is never logged.</param>
    /// <param name="language">One of the seven supported codes: the language the user chose.</param>
    public OfferSearchResult Search(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var ranked = catalog.Snapshot.Index.Rank(question, language, SearchTuning.MaxResults);
        var result = Decide(language, ranked);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug(
                "Free question in {Language}: best {OfferId} scored {Score:0.00}, good match {IsGoodMatch}",
                language, ranked.FirstOrDefault()?.Offer.Id, ranked.FirstOrDefault()?.Score ?? 0, result.IsGoodMatch);
        }

        return result;
    }

    /// <summary>Every matching offer with its raw score, for the <c>ask</c> tool; no thresholds applied.</summary>
    public IReadOnlyList<OfferMatch> Rank(string question, string language, int count)
    {
        ArgumentNullException.ThrowIfNull(question);
        return catalog.Snapshot.Index.Rank(question, language, count);
    }

    internal static OfferSearchResult Decide(string language, IReadOnlyList<OfferMatch> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score < SearchTuning.SuggestionScore)
        {
            return new OfferSearchResult(language, [], false);
        }

        var floor = Math.Max(SearchTuning.SuggestionScore, ranked[0].Score * SearchTuning.SuggestionShareOfBest);
        var matches = ranked.Where(m => m.Score >= floor).Take(SearchTuning.MaxResults).ToList();
        return new OfferSearchResult(language, matches, matches[0].Score >= SearchTuning.GoodMatchScore);
    }
}
