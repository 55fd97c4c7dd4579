using System.Globalization;

namespace Assistant.Core.Localization;

/// <summary>
/// Dates and times as a user of each language reads them, always in the Gregorian calendar (Persian
/// culture defaults to the Solar Hijri calendar, but appointments here follow German dates).
/// </summary>
public static class LocalFormat
{
    // Our patterns, because some cultures' own long patterns read oddly with the Gregorian calendar; the
    // cultures are built once, as lists format many dates.
    private static readonly IReadOnlyDictionary<string, (CultureInfo Culture, string Long, string Short)> Formats = new Dictionary<string, (CultureInfo, string, string)>
    {
        ["de"] = (ReadOnlyCulture("de"), "dddd, d. MMMM yyyy", "ddd, d. MMM"),
        ["en"] = (ReadOnlyCulture("en"), "dddd d MMMM yyyy", "ddd d MMM"),
        ["ar"] = (ReadOnlyCulture("ar"), "dddd، d MMMM yyyy", "dddd d MMMM"),
        ["tr"] = (ReadOnlyCulture("tr"), "d MMMM yyyy dddd", "d MMM ddd"),
        ["uk"] = (ReadOnlyCulture("uk"), "dddd, d MMMM yyyy", "ddd, d MMM"),
        ["ru"] = (ReadOnlyCulture("ru"), "dddd, d MMMM yyyy", "ddd, d MMM"),
        ["fa"] = (ReadOnlyCulture("fa"), "dddd d MMMM yyyy", "dddd d MMMM"),
    };

    public static CultureInfo Culture(string language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language switch
        {
            "de" => "de-DE",
            "en" => "en-GB",
            "ar" => "ar-SY",
            "tr" => "tr-TR",
            "uk" => "uk-UA",
            "ru" => "ru-RU",
            "fa" => "fa-IR",
            _ => "de-DE",
        }).Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        return culture;
    }

    /// <summary>A date like 24.11.2026 in German, 24/11/2026 in English, 01.12.2026 in Turkish.</summary>
    public static string Date(DateTimeOffset instant, string language, TimeZoneInfo zone) =>
        // Turkish writes gg.aa.yyyy with two-digit days; the culture's own pattern drops the zero (1.12.2026).
        WithoutMarks(TimeZoneInfo.ConvertTime(instant, zone).ToString(language == "tr" ? "dd.MM.yyyy" : "d", Culture(language)));

    /// <summary>Date and time of day, such as "Di., 24.11.2026 18:00".</summary>
    public static string DateTime(DateTimeOffset instant, string language, TimeZoneInfo zone)
    {
        var culture = Culture(language);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return WithoutMarks(local.ToString("ddd ", culture) + local.ToString("d", culture) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>A long date such as "Dienstag, 1. Dezember 2026".</summary>
    public static string LongDate(DateTimeOffset instant, string language, TimeZoneInfo zone)
    {
        var format = FormatOf(language);
        return WithoutMarks(TimeZoneInfo.ConvertTime(instant, zone).ToString(format.Long, format.Culture));
    }

    /// <summary>A short date such as "Di., 1. Dez.", for buttons and lists.</summary>
    public static string ShortDate(DateTimeOffset instant, string language, TimeZoneInfo zone)
    {
        var format = FormatOf(language);
        return WithoutMarks(TimeZoneInfo.ConvertTime(instant, zone).ToString(format.Short, format.Culture));
    }

    /// <summary>A time of day on the 24-hour clock, such as "09:30", in every language.</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Without the direction marks the Arabic culture puts between day, month and year ("1‏/12‏/2026"):
    /// they split the date into three pieces in a message, and <see cref="RightToLeftText"/> isolates the
    /// whole date instead when it renders an Arabic or Persian text.
    /// </summary>
    private static string WithoutMarks(string text) =>
        text.Contains('\u200F') || text.Contains('\u200E') || text.Contains('\u061C')
            ? string.Concat(text.Where(c => c is not ('\u200F' or '\u200E' or '\u061C')))
            : text;

    private static (CultureInfo Culture, string Long, string Short) FormatOf(string language) =>
        Formats.GetValueOrDefault(language, Formats["de"]);

    private static CultureInfo ReadOnlyCulture(string language) => CultureInfo.ReadOnly(Culture(language));
}
