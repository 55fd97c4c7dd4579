using System.Globalization;

namespace Assistant.Core.Localization;

/// <summary>
/// Button labels that fit a phone. Telegram cuts a long label in the middle ("Offener Work…Stärken"), so
/// a label keeps within <see cref="Budget"/> and starts with what tells the buttons apart (the date).
/// </summary>
public static class ButtonFormat
{
    /// <summary>User-perceived characters a one-column button shows uncut on a small phone; an emoji counts 2.</summary>
    public const int Budget = 30;

    // Compact days for buttons: the weekday and the date as people of each language write it short
    // (Turkish puts the date first, gg.aa). Languages without an entry use LocalFormat's short date.
    private static readonly IReadOnlyDictionary<string, (string WithWeekday, string DateOnly)> DayPatterns = new Dictionary<string, (string, string)>
    {
        ["de"] = ("ddd d.M.", "d.M."),
        ["en"] = ("ddd d MMM", "d MMM"),
        ["tr"] = ("dd.MM ddd", "dd.MM"),
        ["uk"] = ("ddd dd.MM", "dd.MM"),
        ["ru"] = ("ddd dd.MM", "dd.MM"),
    };

    /// <summary>
    /// A day for a button, such as "Di 1.12." or "01.12 Sal"; without the weekday ("1.12.") where a
    /// label would not fit with it, as the date and time are what tell the buttons apart.
    /// </summary>
    public static string Day(DateTimeOffset instant, string language, TimeZoneInfo zone, bool withWeekday = true) =>
        DayPatterns.TryGetValue(language, out var pattern)
            ? TimeZoneInfo.ConvertTime(instant, zone).ToString(withWeekday ? pattern.WithWeekday : pattern.DateOnly, LocalFormat.Culture(language))
            : LocalFormat.ShortDate(instant, language, zone);

    /// <summary>How wide a label reads: letters count 1, an emoji 2, joining marks and selectors 0.</summary>
    public static int Width(string label)
    {
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(label);
        while (elements.MoveNext())
        {
            width += IsEmoji((string)elements.Current) ? 2 : 1;
        }

        return width;
    }

    /// <summary>
    /// Cuts free text (a title staff wrote) so the whole label fits, with "…" where it was cut; only for
    /// the tail of a label, never for the part that tells buttons apart.
    /// </summary>
    public static string Fit(string label, int budget = Budget)
    {
        if (Width(label) <= budget)
        {
            return label;
        }

        var kept = new System.Text.StringBuilder();
        var width = 1; // the ellipsis
        var cutInWord = false;
        var elements = StringInfo.GetTextElementEnumerator(label);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            width += IsEmoji(element) ? 2 : 1;
            if (width > budget)
            {
                cutInWord = element != " " && kept.Length > 0 && kept[^1] != ' ';
                break;
            }

            kept.Append(element);
        }

        // Cut at a word when one ends in the second half, so no word is left as a stump ("Counselling (d…").
        var text = kept.ToString();
        var lastSpace = text.LastIndexOf(' ');
        if (cutInWord && lastSpace > text.Length / 2)
        {
            text = text[..lastSpace];
        }

        return text.TrimEnd(' ', ',', ':', '·', '–') + "…";
    }

    private static bool IsEmoji(string element) =>
        char.IsSurrogate(element[0]) || element.Contains('\uFE0F') || element[0] is >= '\u2600' and <= '\u27BF';
}
