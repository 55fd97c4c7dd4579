using Assistant.Offers.Content;

namespace Assistant.Offers.Search;

/// <summary>An offer and how well it fits a question (1.0 ≈ one distinctive search word matched exactly).</summary>
public sealed record OfferMatch(Offer Offer, float Score);

/// <summary>
/// The answer to a free question. When <see cref="IsGoodMatch"/> is false the bot must say honestly that
/// it found nothing that fits well and offer a person; <see cref="Matches"/> then holds only weak candidates.
/// </summary>
/// <param name="Language">The language the question was read in.</param>
/// <param name="Matches">Up to three offers, best first, each above the suggestion floor.</param>
/// <param name="IsGoodMatch">The best offer's score reached <see cref="GoodMatchScore"/>.</param>
public sealed record OfferSearchResult(string Language, IReadOnlyList<OfferMatch> Matches, bool IsGoodMatch)
{
    /// <summary>The score from which an answer is given with confidence.</summary>
    public static float GoodMatchScore => SearchTuning.GoodMatchScore;

    /// <summary>The score from which the bot says without doubt that the offer fits.</summary>
    public static float ConfidentScore => SearchTuning.ConfidentScore;

    /// <summary>A good match strong enough to say "this offer fits"; a good match below it is shown with a question.</summary>
    public bool IsConfident => IsGoodMatch && Matches[0].Score >= SearchTuning.ConfidentScore;

    /// <summary>The offer to answer with, or null when nothing fits well.</summary>
    public OfferMatch? Best => IsGoodMatch ? Matches[0] : null;

    /// <summary>Up to two more offers to suggest next to <see cref="Best"/>; empty when nothing fits well.</summary>
    public IReadOnlyList<OfferMatch> Suggestions => IsGoodMatch ? Matches.Skip(1).ToList() : [];
}
