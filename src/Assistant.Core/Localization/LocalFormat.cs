using System.Globalization;

namespace Assistant.Core.Localization;

/// <summary>
/// Dates and times as a user of each language reads them, always in the Gregorian calendar (Persian
/// culture defaults to the Solar Hijri calendar, but appointments here follow German dates).
/// </summary>
public static class LocalFormat
{
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

    /// <summary>A date like 24.11.2026 in German, 24/11/2026 in English.</summary>
    public static string Date(DateTimeOffset instant, string language, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d", Culture(language));

    /// <summary>Date and time of day, such as "Di., 24.11.2026 18:00".</summary>
    public static string DateTime(DateTimeOffset instant, string language, TimeZoneInfo zone)
    {
        var culture = Culture(language);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("ddd ", culture) + local.ToString("d", culture) + " " + local.ToString("t", culture);
    }
}
