namespace Assistant.Offers.Search;

/// <summary>
/// The weights behind a score. With <see cref="FlatSimilarity"/> a question word found once among the
/// offers' search words in the user's language scores 1.0; everything else is a fraction of that, and an
/// offer's score is the sum over the question's words. Changed only together with a run of
/// <c>eval tests/Assistant.Offers.Tests/questions.yaml</c>.
/// </summary>
internal static class SearchTuning
{
    /// <summary>
    /// At least one distinctive word matched well (or several matched weakly): safe to answer. Scores are
    /// divided by the square root of the question's word count. In questions.yaml unrelated questions
    /// peak at 0.43 (one lexical exception) and right answers start at 0.71; this is the middle.
    /// </summary>
    public const float GoodMatchScore = 0.55f;

    /// <summary>
    /// From here the bot says "this offer fits"; between <see cref="GoodMatchScore"/> and this it shows the
    /// offer but asks whether it is what the person means, with "No" leading to a person. In questions.yaml
    /// every right answer scores 0.71 or more (0.71 is one exact word of a two-word question) and the wrong
    /// good match "dernekler nasil calisir" 0.69; in the held-out set 3 of 5 wrong answers score below 0.70.
    /// </summary>
    public const float ConfidentScore = 0.7f;

    /// <summary>Below this an offer is not worth showing even as a further suggestion.</summary>
    public const float SuggestionScore = 0.35f;

    /// <summary>A suggestion must reach this share of the best score, so a weak side match is not listed next to a clear one.</summary>
    public const float SuggestionShareOfBest = 0.3f;

    public const int MaxResults = 3;

    /// <summary>Long messages are cut here: the first words carry the request and latency stays bounded.</summary>
    public const int MaxWords = 24;

    public const float KeywordsField = 1.0f;
    public const float PhrasesField = 0.7f;
    public const float TextField = 0.5f;

    /// <summary>Added when two neighbouring question words are neighbours in a search phrase or title.</summary>
    public const float PairBonus = 0.5f;

    /// <summary>A match in another language's fields: the link exists (e.g. "Jobcenter" typed in Arabic) but counts a little less.</summary>
    public const float OtherLanguage = 0.8f;

    /// <summary>
    /// Up to one typo in words (stems) of 5–7 letters, two in longer ones, times (1 - typos / length).
    /// None in 4 letters: "tanz" and "tand" (Tandem) are different words, not a typo.
    /// </summary>
    public const float Fuzzy = 0.8f;

    public const int MinFuzzyLength = 5;

    /// <summary>Words this long take part in prefix and ending matches.</summary>
    public const int MinPartialLength = 4;
    public const int TwoEditsLength = 8;

    /// <summary>
    /// One word is the start of the other: the question's word starts an indexed one ("anerkenn" →
    /// "anerkennung"), or an indexed one starts the question's word, an ending the stemmer left on
    /// ("kadinlar" → "kadin"). Worth <see cref="PartialBase"/> plus <see cref="PartialPerShare"/> times
    /// the share of the longer word that matched, from a minimum share on.
    /// </summary>
    public const float PartialBase = 0.5f;
    public const float PartialPerShare = 0.3f;
    public const float MinPrefixShare = 0.4f;
    public const float MinTruncatedShare = 0.55f;

    /// <summary>Bounds the query: the closest terms per word and field.</summary>
    public const int MaxSimilarTerms = 8;
}
