using System.Globalization;
using System.Text;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Compares what a person typed with a button label or a command word the way a reader would: people
/// type "menu" for "Menü", "loschen" for "🗑️ Löschen", "نعم" without or with harakat, and "iptal" with a
/// Turkish dotless i. Emoji, symbols, punctuation, case, accents and Arabic diacritics do not count.
/// </summary>
public static class TypedText
{
    /// <summary>The letters and digits of <paramref name="text"/>, lower case, without marks, single-spaced.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = InputValidator.StripInvisible(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                // Accents, Arabic harakat and hamza marks (NFD splits أ into ا and a mark), tatweel.
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                case UnicodeCategory.ModifierLetter when c == '\u0640':
                    continue;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.DecimalDigitNumber:
                    if (space && sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    space = false;
                    sb.Append(FoldLetter(char.ToLowerInvariant(c)));
                    break;
                default:
                    // Emoji, symbols, punctuation, spaces and joiners separate words and are not compared.
                    space = true;
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>True when both read the same after <see cref="Normalize"/>, and are not empty.</summary>
    public static bool Same(string? typed, string? label)
    {
        var a = Normalize(typed);
        return a.Length > 0 && a == Normalize(label);
    }

    /// <summary>
    /// One form for letters written differently on Arabic and Persian keyboards (ي/ی, ك/ک, ة/ه), the Turkish
    /// dotless i and the Ukrainian ґ: typed answers and distress expressions are compared the same way.
    /// </summary>
    internal static char FoldLetter(char c) => c switch
    {
        'ي' or 'ى' => 'ی',
        'ك' => 'ک',
        'ة' or 'ە' => 'ه',
        'ı' => 'i',
        'ґ' => 'г',
        _ => c,
    };
}
