using System.Globalization;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole;

/// <summary>The console's texts in <c>Staff:Language</c>, and times in the agency's zone (Europe/Berlin).</summary>
public sealed class ConsoleTexts(TextCatalog texts, IOptions<StaffOptions> staff, IOptions<SchedulingOptions> scheduling, TimeProvider time)
{
    public string Language => staff.Value.Language;

    public bool RightToLeft => texts.IsRightToLeft(Language);

    public TextCatalog Catalog => texts;

    public string T(string key, params (string Name, string Value)[] values) =>
        texts.Get(Language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public string When(DateTimeOffset instant) => LocalFormat.DateTime(instant, Language, scheduling.Value.Zone);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>How long since <paramref name="since"/>, in days, hours and minutes: "2 d 4 h", "35 min".</summary>
    public string Since(DateTimeOffset since)
    {
        var span = Now - since;
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        static string N(double n) => ((int)n).ToString(CultureInfo.InvariantCulture);
        return span.TotalDays >= 1 ? T("console.duration_days", ("days", N(span.TotalDays)), ("hours", N(span.Hours)))
            : span.TotalHours >= 1 ? T("console.duration_hours", ("hours", N(span.TotalHours)), ("minutes", N(span.Minutes)))
            : T("console.duration_minutes", ("minutes", N(span.TotalMinutes)));
    }
}
