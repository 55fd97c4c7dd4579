using System.Globalization;
using Assistant.Offers.Search;

namespace Assistant.Offers.Evaluation;

/// <summary>
/// Powers <c>ask --lang ar "..."</c>: shows staff which offers a question finds, with their scores and
/// whether the bot would answer (good match), suggest, or say that nothing fits.
/// </summary>
public sealed class AskRunner(OfferSearch search)
{
    public OfferSearchResult Run(string question, string language, TextWriter output, int candidates = 5)
    {
        var result = search.Search(question, language);
        var ranked = search.Rank(question, language, candidates);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(result.IsConfident
            ? string.Format(c, "good match (threshold {0:0.00}), confident (from {1:0.00}): \"this offer fits\"", OfferSearchResult.GoodMatchScore, OfferSearchResult.ConfidentScore)
            : result.IsGoodMatch
            ? string.Format(c, "good match (threshold {0:0.00}), not confident (below {1:0.00}): \"is it what you mean?\"", OfferSearchResult.GoodMatchScore, OfferSearchResult.ConfidentScore)
            : string.Format(c, "no good match (threshold {0:0.00}): the bot offers to talk to a person", OfferSearchResult.GoodMatchScore));
        foreach (var (match, rank) in ranked.Select((m, i) => (m, i + 1)))
        {
            var role = result.Best?.Offer.Id == match.Offer.Id ? "answer"
                : result.Suggestions.Any(s => s.Offer.Id == match.Offer.Id) ? "suggestion"
                : result.Matches.Any(s => s.Offer.Id == match.Offer.Id) ? "weak"
                : "";
            output.WriteLine(string.Format(c, "{0,2}. {1,-36} {2,6:0.00}  {3}", rank, match.Offer.Id, match.Score, role).TrimEnd());
        }

        if (ranked.Count == 0)
        {
            output.WriteLine("    (no offer matched any word)");
        }

        return result;
    }
}
