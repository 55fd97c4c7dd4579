using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Offers.Search;

/// <summary>
/// Every term of every field of one index, grouped by first letter, to find the terms a question word
/// may mean: with a typo, as the start of a longer word, or with an ending the stemmer left on.
/// Lucene's FuzzyQuery finds the same terms through automata that cost milliseconds per word to build;
/// a few hundred terms per field are compared directly in microseconds.
/// </summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, Dictionary<char, string[]>> _byField;
    private readonly Dictionary<(string Field, string Term), TermContext> _contexts;

    private TermDictionary(Dictionary<string, Dictionary<char, string[]>> byField, Dictionary<(string, string), TermContext> contexts)
    {
        _byField = byField;
        _contexts = contexts;
    }

    /// <summary>Whether any offer has <paramref name="term"/> in <paramref name="field"/>; a query for a missing term is wasted work.</summary>
    public bool Contains(string field, string term) => _contexts.ContainsKey((field, term));

    /// <summary>
    /// A query for an indexed term, with its statistics looked up once at load: Lucene would otherwise
    /// open a terms enumerator per query term per search. The contexts are only read, so threads share them.
    /// </summary>
    public TermQuery Query(string field, string term, float boost) =>
        new(new Term(field, term), _contexts[(field, term)]) { Boost = boost };

    public static TermDictionary Read(IndexReader reader, IEnumerable<string> fields)
    {
        var byField = new Dictionary<string, Dictionary<char, string[]>>(StringComparer.Ordinal);
        var contexts = new Dictionary<(string, string), TermContext>();
        foreach (var field in fields)
        {
            var terms = new List<string>();
            if (MultiFields.GetTerms(reader, field) is { } fieldTerms)
            {
                var e = fieldTerms.GetEnumerator();
                while (e.MoveNext())
                {
                    var term = e.Term.Utf8ToString();
                    terms.Add(term);
                    contexts[(field, term)] = TermContext.Build(reader.Context, new Term(field, term));
                }
            }

            byField[field] = terms.Where(t => t.Length > 0)
                .GroupBy(t => t[0])
                .ToDictionary(g => g.Key, g => g.ToArray());
        }

        return new TermDictionary(byField, contexts);
    }

    /// <summary>
    /// Indexed terms of <paramref name="field"/> close to <paramref name="text"/>, with a weight below 1
    /// for how close; the exact term itself is not included.
    /// </summary>
    public IEnumerable<(string Term, float Weight)> Similar(string field, string text)
    {
        if (text.Length < SearchTuning.MinPartialLength
            || !_byField.TryGetValue(field, out var byFirst)
            || !byFirst.TryGetValue(text[0], out var candidates))
        {
            yield break;
        }

        var maxEdits = text.Length >= SearchTuning.TwoEditsLength ? 2 : 1;
        foreach (var term in candidates)
        {
            if (term.Length < SearchTuning.MinPartialLength || term == text)
            {
                continue;
            }

            var weight = 0f;
            if (term.StartsWith(text, StringComparison.Ordinal))
            {
                // The question's word starts a longer indexed word: "anerkenn" → "anerkennung", "frauen" → "frauengrupp".
                weight = Share(text.Length, term.Length, SearchTuning.MinPrefixShare);
            }
            else if (text.StartsWith(term, StringComparison.Ordinal))
            {
                // An ending the stemmer did not remove: "kadinlar" → "kadin".
                weight = Share(term.Length, text.Length, SearchTuning.MinTruncatedShare);
            }

            if (Math.Min(text.Length, term.Length) >= SearchTuning.MinFuzzyLength && Math.Abs(term.Length - text.Length) <= maxEdits)
            {
                var edits = EditDistance(text, term, maxEdits);
                if (edits <= maxEdits)
                {
                    weight = Math.Max(weight, SearchTuning.Fuzzy * (1f - ((float)edits / Math.Min(text.Length, term.Length))));
                }
            }

            if (weight > 0)
            {
                yield return (term, weight);
            }
        }
    }

    private static float Share(int kept, int of, float minShare)
    {
        var share = (float)kept / of;
        return share < minShare ? 0 : SearchTuning.PartialBase + (SearchTuning.PartialPerShare * share);
    }

    /// <summary>Optimal string alignment distance (a swap of two letters is one typo), or max + 1 when above <paramref name="max"/>.</summary>
    internal static int EditDistance(string a, string b, int max)
    {
        // Three rows of the distance matrix; words are short, so they live on the stack.
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
