using System.Text.RegularExpressions;
using Assistant.Core.Localization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Offers.Search;

/// <summary>
/// Turns a typed question into one Lucene query. Each word of the question is read by the user's
/// language analyzer and by the analyzers of the other languages written in the same script (a Latin
/// word may be German, English or Turkish), and contributes the best of its matches: exact, or a
/// similar indexed term (a typo, the start of a longer word, a longer form), see <see cref="TermDictionary"/>.
/// An offer's score is the sum over the words.
/// </summary>
internal sealed partial class QuestionQueryBuilder(LanguageAnalyzers analyzers, TermDictionary terms)
{
    private static readonly string[] LatinLanguages = ["de", "en", "tr"];
    private static readonly string[] CyrillicLanguages = ["uk", "ru"];
    private static readonly string[] ArabicLanguages = ["ar", "fa"];

    /// <summary>Search words that are one word.</summary>
    public static string KeywordsField(string language) => "k_" + language;

    /// <summary>The words of multi-word search words and of the title.</summary>
    public static string PhrasesField(string language) => "p_" + language;

    /// <summary>Description, audience and languages spoken.</summary>
    public static string TextField(string language) => "t_" + language;

    /// <summary>Pairs of neighbouring words in search phrases and the title, as "word_word".</summary>
    public static string PairsField(string language) => "s_" + language;

    public static IEnumerable<string> Fields(string language) =>
        [KeywordsField(language), PhrasesField(language), TextField(language), PairsField(language)];

    public static string Pair(string first, string second) => first + "_" + second;

    /// <summary>The query and how many of the question's words it holds, or null when no word could match anything.</summary>
    public QuestionQuery? Build(string question, string language)
    {
        if (!Languages.IsSupported(language))
        {
            throw new ArgumentException($"'{language}' is not a supported language ({string.Join(", ", Languages.Supported)}).", nameof(language));
        }

        var query = new BooleanQuery(disableCoord: true);
        var counted = 0;
        string? previous = null;
        var words = Words().Matches(question)
            .Select(m => m.Value.Trim('-', '\'', '’', 'ʼ'))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(SearchTuning.MaxWords);
        foreach (var word in words)
        {
            var primaryTerms = analyzers.Terms(language, word);
            if (primaryTerms.Count == 0)
            {
                // A stop word in the user's own language ("ich", "for") is never meant as another language's word.
                continue;
            }

            counted++;

            // Neighbouring words that are neighbours in a search phrase or title ("runder Tisch",
            // "mahalle anneleri") name the offer more surely than the same words apart.
            if (previous is not null && terms.Contains(PairsField(language), Pair(previous, primaryTerms[0])))
            {
                query.Add(terms.Query(PairsField(language), Pair(previous, primaryTerms[0]), SearchTuning.PairBonus), Occur.SHOULD);
            }

            previous = primaryTerms[^1];
            var best = new DisjunctionMaxQuery(0f);
            AddLanguage(best, language, primaryTerms, 1f, primary: true);
            foreach (var other in SameScript(word).Where(l => l != language))
            {
                AddLanguage(best, other, analyzers.Terms(other, word), SearchTuning.OtherLanguage, primary: false);
            }

            if (best.Disjuncts.Count > 0)
            {
                query.Add(best, Occur.SHOULD);
            }
        }

        return query.Clauses.Count > 0 ? new QuestionQuery(query, counted) : null;
    }

    private void AddLanguage(DisjunctionMaxQuery best, string language, List<string> terms, float weight, bool primary)
    {
        foreach (var text in terms.Where(t => t.Length >= 2))
        {
            AddField(best, KeywordsField(language), text, weight * SearchTuning.KeywordsField, variants: true);
            AddField(best, PhrasesField(language), text, weight * SearchTuning.PhrasesField, variants: true);

            // Typo and ending tolerance in other languages' descriptions finds too much by chance.
            AddField(best, TextField(language), text, weight * SearchTuning.TextField, variants: primary);
        }
    }

    private void AddField(DisjunctionMaxQuery best, string field, string text, float weight, bool variants)
    {
        if (terms.Contains(field, text))
        {
            best.Add(terms.Query(field, text, weight));
        }

        if (!variants)
        {
            return;
        }

        foreach (var (term, similarity) in terms.Similar(field, text).OrderByDescending(t => t.Weight).Take(SearchTuning.MaxSimilarTerms))
        {
            best.Add(terms.Query(field, term, weight * similarity));
        }
    }

    private static string[] SameScript(string word)
    {
        var letter = word.FirstOrDefault(char.IsLetter);
        return letter switch
        {
            >= '\u0400' and <= '\u04FF' => CyrillicLanguages,
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF' => ArabicLanguages,
            >= 'A' and <= '\u024F' => LatinLanguages,
            _ => [],
        };
    }

    /// <param name="Words">The question's words other than stop words, matched or not.</param>
    internal sealed record QuestionQuery(Query Query, int Words);

    // Letters, marks and digits; apostrophes, hyphens and the Persian zero-width non-joiner stay inside a word.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}\u200C'’ʼ-]+")]
    private static partial Regex Words();
}
