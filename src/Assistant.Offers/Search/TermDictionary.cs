using Assistant.Core.Safety;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Offers.Search;

/// <summary>
/// Every term of every field of one index, to find the terms a question word may mean: with a typo, as the
/// start of a longer word, or with an ending the stemmer left on. Lucene's FuzzyQuery finds the same terms
/// through automata that cost milliseconds per word to build. Here the terms are indexed so that a word
/// looks only at the terms that can be near it: longer words it starts (a range of the sorted terms), the
/// shorter words that start it (one lookup per length), and for typos, terms of the same first letter whose
/// length differs by at most the edits allowed.
/// </summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, FieldTerms> _byField;
    private readonly Dictionary<(string Field, string Term), TermContext> _contexts;

    private TermDictionary(Dictionary<string, FieldTerms> byField, Dictionary<(string, string), TermContext> contexts)
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
        var byField = new Dictionary<string, FieldTerms>(StringComparer.Ordinal);
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

            byField[field] = new FieldTerms(terms.Where(t => t.Length >= SearchTuning.MinPartialLength).ToArray());
        }

        return new TermDictionary(byField, contexts);
    }

    /// <summary>
    /// Indexed terms of <paramref name="field"/> close to <paramref name="text"/>, with a weight below 1
    /// for how close; the exact term itself is not included. In the order of the index's terms.
    /// </summary>
    public IEnumerable<(string Term, float Weight)> Similar(string field, string text)
    {
        if (text.Length < SearchTuning.MinPartialLength || !_byField.TryGetValue(field, out var terms))
        {
            return [];
        }

        var maxEdits = text.Length >= SearchTuning.TwoEditsLength ? 2 : 1;
        var found = new List<(int Position, string Term, float Weight)>();
        void Consider(int position)
        {
            var term = terms.All[position];
            if (term == text)
            {
                return;
            }

            foreach (var known in found)
            {
                if (known.Position == position)
                {
                    return;
                }
            }

            var weight = Weight(text, term, maxEdits);
            if (weight > 0)
            {
                found.Add((position, term, weight));
            }
        }

        // Longer terms the word starts, shorter terms that start the word, and terms a typo or two away.
        foreach (var position in terms.StartingWith(text))
        {
            Consider(position);
        }

        for (var length = SearchTuning.MinPartialLength; length < text.Length; length++)
        {
            if (terms.TryFind(text.AsSpan(0, length), out var position))
            {
                Consider(position);
            }
        }

        for (var length = Math.Max(SearchTuning.MinFuzzyLength, text.Length - maxEdits); length <= text.Length + maxEdits; length++)
        {
            foreach (var position in terms.WithFirstAndLength(text[0], length))
            {
                Consider(position);
            }
        }

        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found.Select(f => (f.Term, f.Weight));
    }

    private static float Weight(string text, string term, int maxEdits)
    {
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
            var edits = PhraseMatcher.Distance(text, term, maxEdits);
            if (edits <= maxEdits)
            {
                weight = Math.Max(weight, SearchTuning.Fuzzy * (1f - ((float)edits / Math.Min(text.Length, term.Length))));
            }
        }

        return weight;
    }

    private static float Share(int kept, int of, float minShare)
    {
        var share = (float)kept / of;
        return share < minShare ? 0 : SearchTuning.PartialBase + (SearchTuning.PartialPerShare * share);
    }
}
