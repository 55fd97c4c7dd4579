using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Presentation;

/// <summary>
/// Dates and times as people read them, in the agency's time zone (<c>Scheduling:TimeZone</c>): the
/// formats of <see cref="LocalFormat"/> (Gregorian calendar, 24-hour times) with the zone filled in.
/// </summary>
public sealed class LocalDates(IOptions<SchedulingOptions> scheduling)
{
    public TimeZoneInfo Zone { get; } = scheduling.Value.Zone;

    /// <summary>"Dienstag, 1. Dezember 2026".</summary>
    public string Date(DateTimeOffset instant, string language) => LocalFormat.LongDate(instant, language, Zone);

    /// <summary>"Di., 1. Dez." for buttons and lists.</summary>
    public string ShortDate(DateTimeOffset instant, string language) => LocalFormat.ShortDate(instant, language, Zone);

    /// <summary>"Di 12.1." for buttons, which must fit a phone (<see cref="ButtonFormat"/>).</summary>
    public string ButtonDay(DateTimeOffset instant, string language) => ButtonFormat.Day(instant, language, Zone);

    /// <summary>"09:30".</summary>
    public string Time(DateTimeOffset instant) => LocalFormat.Time(instant, Zone);

    /// <summary>"09:30–12:00".</summary>
    public string TimeSpan(DateTimeOffset start, DateTimeOffset end) => Time(start) + "–" + Time(end);

    public DateTime Local(DateTimeOffset instant) => Clock.ToLocal(instant, Zone);
}
