using System.Collections.Concurrent;
using System.Globalization;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Shifts;

/// <summary>
/// Shows shifts and times the way a reader of each language expects, in the agency's local time
/// (Europe/Berlin) and the Gregorian calendar (<see cref="LocalFormat"/>).
/// </summary>
public sealed class ShiftFormatter(TextCatalog texts, IOptions<SchedulingOptions> scheduling)
{
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new();
    private readonly TimeZoneInfo _zone = scheduling.Value.Zone;

    public TimeZoneInfo Zone => _zone;

    /// <summary>Several lines: kind and title, day and time, place, and the language needed.</summary>
    public string Describe(Shift shift, string language)
    {
        var lines = new List<string>
        {
            $"{KindName(shift.Kind, language)}: {shift.Title}",
            "🗓 " + When(shift, language),
            "📍 " + shift.Place,
        };
        if (shift.Language is { } needed)
        {
            lines.Add("🗣 " + texts.Get(language, "volunteers.shift_language", new Dictionary<string, string> { ["language"] = LanguageName(needed, language) }));
        }

        return string.Join("\n", lines);
    }

    /// <summary>Day, start and end, such as "Donnerstag, 26. November, 15:00–17:30 Uhr".</summary>
    public string When(Shift shift, string language)
    {
        var culture = Culture(language);
        var start = Local(shift.Start);
        return texts.Get(language, "volunteers.when", new Dictionary<string, string>
        {
            ["weekday"] = start.ToString("dddd", culture),
            ["date"] = start.ToString("M", culture),
            ["start"] = start.ToString("HH:mm", culture),
            ["end"] = Local(shift.End).ToString("HH:mm", culture),
        });
    }

    /// <summary>A moment, such as "Mittwoch, 25. November, 15:00 Uhr".</summary>
    public string Moment(DateTimeOffset instant, string language)
    {
        var culture = Culture(language);
        var local = Local(instant);
        return texts.Get(language, "volunteers.moment", new Dictionary<string, string>
        {
            ["weekday"] = local.ToString("dddd", culture),
            ["date"] = local.ToString("M", culture),
            ["time"] = local.ToString("HH:mm", culture),
        });
    }

    /// <summary>
    /// A button label that fits a phone: day and time first, then the kind (for volunteers; the weekday
    /// goes when the kind leaves no room for it) or the title (for staff, cut to fit: staff write long titles).
    /// </summary>
    public string Label(Shift shift, string language, bool withTitle = false)
    {
        string When(bool withWeekday) =>
            $"{ButtonFormat.Day(shift.Start, language, _zone, withWeekday)} {Local(shift.Start).ToString("HH:mm", CultureInfo.InvariantCulture)} · ";

        if (withTitle)
        {
            return ButtonFormat.Fit(When(withWeekday: true) + shift.Title);
        }

        var label = When(withWeekday: true) + KindName(shift.Kind, language);
        return ButtonFormat.Width(label) <= ButtonFormat.Budget ? label : When(withWeekday: false) + KindName(shift.Kind, language);
    }

    public string Month(int year, int month, string language) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", Culture(language));

    public string KindName(string kind, string language) => texts.Get(language, ShiftKinds.TextKey(kind));

    public string LanguageName(string code, string language) => texts.Get(language, "volunteers.languages." + code);

    public DateTime Local(DateTimeOffset instant) => Clock.ToLocal(instant, _zone);

    public static CultureInfo Culture(string language) => Cultures.GetOrAdd(language, CreateCulture);

    // LocalFormat builds a Gregorian culture per call; shift lists format many dates, so keep one per language.
    private static CultureInfo CreateCulture(string language) => CultureInfo.ReadOnly(LocalFormat.Culture(language));
}
