using System.Text.RegularExpressions;

namespace Assistant.Ai;

/// <summary>
/// Replaces personal data in a question with placeholders before it is sent to an AI service:
/// e-mail addresses → <c>[email]</c>, phone numbers → <c>[phone]</c>, street addresses → <c>[address]</c>,
/// names → <c>[name]</c>.
/// </summary>
/// <remarks>
/// Rules, not understanding, so the limits are known:
/// <list type="bullet">
/// <item>Phone numbers: six or more digits (Western, Arabic-Indic or Persian) in a row, with spaces, dashes,
/// slashes or brackets between them and an optional <c>+</c>. Shorter numbers stay, so do numbers written
/// in words.</item>
/// <item>Street addresses: a word ending in a German street word (<c>…straße</c>, <c>…str.</c>, <c>…weg</c>,
/// <c>…platz</c>, <c>…allee</c>, <c>…gasse</c>, <c>…ring</c>, <c>…damm</c>, <c>…ufer</c>) followed by a house number.
/// A street without a number, <c>Am Markt 3</c> and the like, or a town alone, stay.</item>
/// <item>Names: only where the user introduces one (<c>ich heiße</c>, <c>my name is</c>, <c>اسمي</c>,
/// <c>меня зовут</c>, <c>benim adım</c>, <c>мене звати</c>, <c>اسم من</c>, …) or after a title (<c>Frau</c>,
/// <c>Herr</c>, <c>Mr</c>, <c>Mrs</c>, <c>Ms</c>, <c>господин</c>, <c>госпожа</c>, <c>пані</c>, <c>пан</c>): the word after the
/// marker, and the next one too when it is capitalised or the script has no capitals (Arabic, Persian).
/// A name mentioned any other way ("Amina needs a course") is not found.</item>
/// </list>
/// </remarks>
public static partial class PersonalDataMasker
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Address = "[address]";
    public const string Name = "[name]";

    public static string Mask(string text) => Replace(text, (mask, _) => mask);

    /// <summary>
    /// Masks like <see cref="Mask"/>, but numbers each placeholder (<c>[name1]</c>, <c>[phone2]</c>) and keeps what it
    /// replaced, so a translation that keeps the placeholders gets the real values back on this server.
    /// </summary>
    public static MaskedText MaskReversibly(string text)
    {
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var masked = Replace(text, (mask, value) =>
        {
            var numbered = $"{mask[..^1]}{originals.Count + 1}]";
            originals[numbered] = value;
            return numbered;
        });
        return new MaskedText(masked, originals);
    }

    private static string Replace(string text, Func<string, string, string> placeholder)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = EmailPattern().Replace(text, m => placeholder(Email, m.Value));
        text = PhonePattern().Replace(text, m => placeholder(Phone, m.Value));
        text = StreetPattern().Replace(text, m => placeholder(Address, m.Value));
        text = IntroductionPattern().Replace(text, m => m.Groups["marker"].Value + MaskName(m.Groups["name"].Value, placeholder));
        text = TitlePattern().Replace(text, m => m.Groups["title"].Value + MaskName(m.Groups["name"].Value, placeholder));
        return text;
    }

    /// <summary>The first word is the name; the second too when it looks like one (a surname).</summary>
    private static string MaskName(string words, Func<string, string, string> placeholder)
    {
        var parts = words.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return placeholder(Name, parts[0]);
        }

        var second = parts[1];
        var looksLikeName = char.IsUpper(second[0]) || !HasCase(second[0]);
        return placeholder(Name, parts[0]) + " " + (looksLikeName ? placeholder(Name, second) : second);
    }

    private static bool HasCase(char c) => char.ToUpperInvariant(c) != char.ToLowerInvariant(c);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EmailPattern();

    // \d matches every Unicode decimal digit: 0-9, ٠-٩ (Arabic-Indic) and ۰-۹ (Persian). Dots are not
    // separators, so dates like 24.12.2026 stay readable.
    [GeneratedRegex(@"(?<![\d\p{L}])(?:\+|00)?\(?\d(?:[ \-/()]{0,2}\d){5,}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(
        @"\b[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad)\s*\d{1,4}(?:\s?[a-z])?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex StreetPattern();

    // The word after "my name is" is the name whatever its case: people often type in lower case.
    [GeneratedRegex(
        @"(?<marker>(?:\b(?:ich\s+hei(?:ß|ss)e|mein\s+name\s+ist|my\s+name\s+is|i\s+am\s+called|i'm\s+called|call\s+me"
        + @"|benim\s+ad[ıi]m|ad[ıi]m|ismim|меня\s+зовут|мене\s+звати|моё\s+имя|мое\s+имя|моє\s+ім['ʼ]я)"
        + @"|(?:انا\s+)?اسمي|اسم\s+من|نام\s+من|اسمم)\s*[:,\-—]?\s+)"
        + @"(?<name>[\p{L}'ʼ-]+(?:[ \t]+[\p{L}'ʼ-]+)?)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex IntroductionPattern();

    // After a title only a capitalised word is a name: "Frau Ahmadi", but not "eine Frau und ...".
    [GeneratedRegex(
        @"(?<title>\b(?:Frau|Herr|Herrn|Mr|Mrs|Ms|Miss|[Гг]осподин|[Гг]оспожа|[Пп]ані|[Пп]ан)\.?\s+)"
        + @"(?<name>\p{Lu}[\p{L}'ʼ-]*(?:[ \t]+\p{Lu}[\p{L}'ʼ-]*)?)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TitlePattern();
}

/// <summary>A text with numbered placeholders, and what each one stands for (never sent anywhere).</summary>
public sealed record MaskedText(string Text, IReadOnlyDictionary<string, string> Originals)
{
    /// <summary>Puts the real values back where the placeholders are; one the service dropped stays dropped.</summary>
    public string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (placeholder, value) in Originals.OrderByDescending(o => o.Key.Length))
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }
}
