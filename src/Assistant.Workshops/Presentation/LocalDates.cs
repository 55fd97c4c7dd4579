using System.Globalization;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Presentation;

/// <summary>
/// Dates and times as people read them: in the agency's time zone and the user's language, always on
/// the Gregorian calendar (German appointments are made on it, also for Persian speakers, whose
/// culture defaults to the Persian calendar) and with 24-hour times.
/// </summary>
public sealed class LocalDates(IOptions<SchedulingOptions> scheduling)
{
    // Cultures from the core (Gregorian everywhere; Arabic as in Syria, with digits 0-9); the patterns
    // are ours, because some cultures' own long patterns read oddly with the Gregorian calendar.
    private static readonly IReadOnlyDictionary<string, (CultureInfo Culture, string Long, string Short)> Formats = new Dictionary<string, (CultureInfo, string, string)>
    {
        ["de"] = (Culture("de"), "dddd, d. MMMM yyyy", "ddd, d. MMM"),
        ["en"] = (Culture("en"), "dddd d MMMM yyyy", "ddd d MMM"),
        ["ar"] = (Culture("ar"), "dddd، d MMMM yyyy", "dddd d MMMM"),
        ["tr"] = (Culture("tr"), "d MMMM yyyy dddd", "d MMM ddd"),
        ["uk"] = (Culture("uk"), "dddd, d MMMM yyyy", "ddd, d MMM"),
        ["ru"] = (Culture("ru"), "dddd, d MMMM yyyy", "ddd, d MMM"),
        ["fa"] = (Culture("fa"), "dddd d MMMM yyyy", "dddd d MMMM"),
    };

    private readonly TimeZoneInfo _zone = scheduling.Value.Zone;

    public TimeZoneInfo Zone => _zone;

    /// <summary>"Dienstag, 1. Dezember 2026".</summary>
    public string Date(DateTimeOffset instant, string language) => Format(instant, language, f => f.Long);

    /// <summary>"Di., 1. Dez." for buttons and lists.</summary>
    public string ShortDate(DateTimeOffset instant, string language) => Format(instant, language, f => f.Short);

    /// <summary>"09:30".</summary>
    public string Time(DateTimeOffset instant) =>
        Clock.ToLocal(instant, _zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"09:30–12:00".</summary>
    public string TimeSpan(DateTimeOffset start, DateTimeOffset end) => Time(start) + "–" + Time(end);

    public DateTime Local(DateTimeOffset instant) => Clock.ToLocal(instant, _zone);

    private string Format(DateTimeOffset instant, string language, Func<(CultureInfo Culture, string Long, string Short), string> pattern)
    {
        var format = Formats.GetValueOrDefault(language, Formats["de"]);
        return Clock.ToLocal(instant, _zone).ToString(pattern(format), format.Culture);
    }

    private static CultureInfo Culture(string language) => CultureInfo.ReadOnly(LocalFormat.Culture(language));
}
