namespace Assistant.Offers.Search;

/// <summary>
/// The terms of one field (each at least <see cref="SearchTuning.MinPartialLength"/> letters), in the
/// index's order, looked up three ways for <see cref="TermDictionary.Similar"/>: sorted for the terms a
/// word starts, by text for the terms that start a word, by first letter and length for typos (people
/// rarely mistype the first letter; the search never looked elsewhere for typos).
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

    /// <summary>The terms that start with <paramref name="text"/> (itself too, if it is a term): a run of the sorted terms.</summary>
    public IEnumerable<int> StartingWith(string text)
    {
        for (var i = FirstAtOrAfter(text); i < _sorted.Length && All[_sorted[i]].StartsWith(text, StringComparison.Ordinal); i++)
        {
            yield return _sorted[i];
        }
    }

    /// <summary>The position of the term that is exactly <paramref name="text"/>, looked up without making a string of it.</summary>
    public bool TryFind(ReadOnlySpan<char> text, out int position) => _byText.TryGetValue(text, out position);

    /// <summary>The positions of the terms with this first letter and length; empty when there are none.</summary>
    public int[] WithFirstAndLength(char first, int length) =>
        _byFirstAndLength.TryGetValue((first, length), out var positions) ? positions : [];

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
