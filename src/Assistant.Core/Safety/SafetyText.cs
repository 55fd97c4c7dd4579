using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Core.Safety;

/// <summary>
/// Turns a message into the words distress expressions are compared with. People in distress type fast, on
/// a phone, often without the right keyboard: case, accents, Arabic short vowels, the Arabic and Persian forms
/// of the same letter (ي/ی, ك/ک), invisible direction marks and joiners must never decide whether they get help.
/// </summary>
public static partial class SafetyText
{
    /// <summary>The words of <paramref name="text"/> as written (invisible marks and apostrophes removed), in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Joiners too: Persian "می‌زند" is typed with a ZWNJ, a space or nothing, and must meet itself.
            // Apostrophes: Ukrainian "б'ють" is typed with ', ’, ʼ or none at all.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u0640' or '\'' or '’' or 'ʼ' or '`'
                || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
            {
                continue;
            }

            cleaned.Append(c);
        }

        // The Persian present prefix typed apart ("می زند") is one word.
        var joined = PersianPrefix().Replace(cleaned.ToString(), "$1");
        return WordSplit().Split(joined).Where(w => w.Length > 0).ToList();
    }

    /// <summary>One word in the form both sides are compared in: lower case, no accents or short vowels, one letter form.</summary>
    public static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(Dialogs.TypedText.FoldLetter(c));
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"(?<![\p{L}])(م[یي])\s+(?=\p{L})")]
    private static partial Regex PersianPrefix();

    [GeneratedRegex(@"[^\p{L}\p{Mn}\p{Nd}\*]+")]
    private static partial Regex WordSplit();
}
