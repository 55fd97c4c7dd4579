namespace Assistant.Offers.Search;

/// <summary>
/// The terms of one field (each at least <see cref="SearchTuning.MinPartialLength"/> letters), in the
/// index's order, looked up three ways for <see cref="TermDictionary.Similar"/>: sorted for the terms a
/// word starts, by text for the terms that start a word, by first letter and length for typos.
/// </summary>
internal sealed class FieldTerms
{
    private readonly int[] _sorted;
    private readonly Dictionary<string, int> _positions;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byText;
    private readonly Dictionary<(char First, int Length), int[]> _byFirstAndLength;

    public FieldTerms(string[] all)
    {
        All = all;
        _sorted = Enumerable.Range(0, all.Length).OrderBy(i => all[i], StringComparer.Ordinal).ToArray();
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            _positions.TryAdd(all[i], i);
        }

        _byText = _positions.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstAndLength = Enumerable.Range(0, all.Length)
            .GroupBy(i => (all[i][0], all[i].Length))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The terms, in the index's order: a term's position here is its place in that order.</summary>
    public string[] All { get; }

    /// <summary>
    /// Positions of every term that may be near <paramref name="text"/> (a position may come twice); the
    /// terms that cannot are never looked at.
    /// </summary>
    public IEnumerable<int> Candidates(string text, int maxEdits)
    {
        // Longer terms that start with the word: one run of the sorted terms.
        for (var i = FirstAtOrAfter(text); i < _sorted.Length && All[_sorted[i]].StartsWith(text, StringComparison.Ordinal); i++)
        {
            yield return _sorted[i];
        }

        // Shorter terms the word starts with.
        for (var length = SearchTuning.MinPartialLength; length < text.Length; length++)
        {
            if (_byText.TryGetValue(text.AsSpan(0, length), out var position))
            {
                yield return position;
            }
        }

        // Typos: the same first letter (as people rarely mistype it), a length within the edits allowed.
        for (var length = Math.Max(SearchTuning.MinFuzzyLength, text.Length - maxEdits); length <= text.Length + maxEdits; length++)
        {
            if (_byFirstAndLength.TryGetValue((text[0], length), out var positions))
            {
                foreach (var position in positions)
                {
                    yield return position;
                }
            }
        }
    }

    private int FirstAtOrAfter(string text)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(All[_sorted[middle]], text) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
