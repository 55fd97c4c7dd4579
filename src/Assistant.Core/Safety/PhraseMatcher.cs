namespace Assistant.Core.Safety;

/// <summary>One word of a message or an expression: its normal form, and its stem where an analyzer gave one.</summary>
public sealed record SafetyWord(string Plain, string? Stem = null);

/// <summary>
/// Finds an expression's words one after the other in a message. A word matches when it is the same, when
/// the expression word ends in <c>*</c> and the message word starts with it, when both have the same stem,
/// or with one typo (two in long words). Words stand next to each other: "in Gefahr" must not be found in
/// "in Berlin gefahren", so variants with a word between are listed as expressions of their own.
/// </summary>
public static class PhraseMatcher
{
    public static bool Contains(IReadOnlyList<SafetyWord> message, IReadOnlyList<SafetyWord> expression)
    {
        if (expression.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + expression.Count <= message.Count; start++)
        {
            var all = true;
            for (var i = 0; i < expression.Count && all; i++)
            {
                all = Matches(message[start + i], expression[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(SafetyWord said, SafetyWord wanted)
    {
        if (wanted.Plain.EndsWith('*'))
        {
            return said.Plain.StartsWith(wanted.Plain[..^1], StringComparison.Ordinal);
        }

        if (said.Plain == wanted.Plain)
        {
            return true;
        }

        // Stems of short words meet too easily ("mir", "mich"); only longer words are compared by stem.
        if (wanted.Plain.Length >= 4 && wanted.Stem is { Length: > 0 } stem && said.Stem == stem)
        {
            return true;
        }

        // The shorter word decides: a typo allowed on "بخطر" must not let it meet every "خطر".
        var shorter = Math.Min(said.Plain.Length, wanted.Plain.Length);
        var allowed = shorter >= 9 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && Math.Abs(said.Plain.Length - wanted.Plain.Length) <= allowed && Distance(said.Plain, wanted.Plain, allowed) <= allowed;
    }

    /// <summary>
    /// Edits (insert, delete, replace, swap two neighbours: optimal string alignment) between two words, or
    /// <paramref name="max"/> + 1 as soon as more are needed. Runs for many word pairs in every turn, so it
    /// keeps three rows of the matrix on the stack instead of allocating the whole matrix.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
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
