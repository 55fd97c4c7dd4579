using Assistant.Handoff.Reports;
using Assistant.Indicators.Ledger;

namespace Assistant.Indicators.Counting;

/// <summary>
/// Discrimination cases of a period by AGG ground and by area, as the report flow asks them. Numbers
/// from 1 to 2 are shown as "&lt;3": in a small town a single case can point to a person.
/// </summary>
public sealed record DiscriminationStatistics(int Cases, IReadOnlyList<(string Ground, int Count)> Grounds, IReadOnlyList<(string Area, int Count)> Areas)
{
    public const int SmallestShown = 3;

    public static DiscriminationStatistics Of(IReadOnlyList<IndicatorEvent> events, DateTimeOffset from, DateTimeOffset to)
    {
        var reports = IndicatorCalculator.Reports(events, from, to).ToList();
        return new DiscriminationStatistics(
            reports.Count,
            ReportChoices.Grounds.Select(g => (g, reports.Count(r => r.Tags.Contains(g)))).ToList(),
            ReportChoices.Areas.Select(a => (a, reports.Count(r => r.Group == a))).ToList());
    }

    /// <summary>The number as it may be published: 0, "&lt;3", or the number.</summary>
    public static string Shown(int count) => count is > 0 and < SmallestShown ? "<" + SmallestShown : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
