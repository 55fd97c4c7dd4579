using Assistant.Core.Scheduling;
using Assistant.Indicators.Content;
using Assistant.Indicators.Ledger;
using Assistant.Newsletters.Sending;

namespace Assistant.Indicators.Counting;

/// <summary>The figure of one indicator against its target.</summary>
public sealed record IndicatorProgress(FundedProject Project, IndicatorDefinition Indicator, int Actual)
{
    /// <summary>Share of the target reached, in whole percent (may pass 100).</summary>
    public int Percent => (int)Math.Round(100.0 * Actual / Indicator.Target, MidpointRounding.AwayFromZero);
}

/// <summary>
/// Counts the indicators from the ledger and the newsletters. Pure: the same events give the same
/// figures, whoever has erased their data since.
/// </summary>
public static class IndicatorCalculator
{
    public static IReadOnlyList<IndicatorProgress> Compute(IndicatorFile file, IReadOnlyList<IndicatorEvent> events, IReadOnlyList<Newsletter> newsletters, DateTimeOffset now, TimeZoneInfo zone)
    {
        var attended = Attended(events, now);
        var result = new List<IndicatorProgress>();
        foreach (var project in file.Projects)
        {
            var (from, to) = Period(project, zone);
            foreach (var indicator in project.Indicators)
            {
                result.Add(new IndicatorProgress(project, indicator, Count(indicator, from, to, attended, events, newsletters)));
            }
        }

        return result;
    }

    /// <summary>The project's period as instants: from the first day's midnight to the midnight after the last day, local time.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Period(FundedProject project, TimeZoneInfo zone) =>
        (Clock.ToInstant(project.From.ToDateTime(TimeOnly.MinValue), zone), Clock.ToInstant(project.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

    /// <summary>
    /// Places in sessions that have started by <paramref name="now"/> and were not given up before the start.
    /// Giving up after the start (an erasure later, say) does not undo having been there.
    /// </summary>
    internal static IReadOnlyList<IndicatorEvent> Attended(IReadOnlyList<IndicatorEvent> events, DateTimeOffset now)
    {
        var givenUp = events.Where(e => e.Kind == LedgerEventKind.PlaceGivenUp).ToDictionary(e => e.Id, e => e.At);
        return events
            .Where(e => e.Kind == LedgerEventKind.PlaceTaken && e.SessionStart is { } start && start <= now)
            .Where(e => !givenUp.TryGetValue("given-up:" + e.Id["place:".Length..], out var at) || at >= e.SessionStart)
            .ToList();
    }

    private static int Count(IndicatorDefinition indicator, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<IndicatorEvent> attended, IReadOnlyList<IndicatorEvent> events, IReadOnlyList<Newsletter> newsletters)
    {
        bool In(DateTimeOffset? at) => at is { } a && a >= from && a < to;
        static bool Any(IReadOnlyList<string> filter, string? value) => filter.Count == 0 || (value is not null && filter.Contains(value));

        var places = attended.Where(e => In(e.SessionStart) && Any(indicator.Workshops, e.Subject) && (indicator.TargetGroup is null || indicator.TargetGroup == e.Group));
        return indicator.Counts switch
        {
            CountKind.AttendedRegistrations => places.Count(),
            CountKind.SessionsHeld => places.Select(e => e.Session).Distinct().Count(),
            CountKind.PeopleReached => places.Select(e => e.Person).Where(p => p is not null).Distinct().Count(),
            CountKind.ClosedTickets => events.Count(e => e.Kind == LedgerEventKind.TicketClosed && In(e.At) && Any(indicator.TicketKinds, e.Subject)),
            CountKind.NewslettersSent => newsletters.Count(n => n.State == NewsletterState.Sent && In(n.FinishedAt) && Any(indicator.Topics, n.Topic)),
            CountKind.DiscriminationCases => Reports(events, from, to).Count(e =>
                (indicator.Grounds.Count == 0 || e.Tags.Any(indicator.Grounds.Contains)) && Any(indicator.Areas, e.Group)),
            _ => 0,
        };
    }

    internal static IEnumerable<IndicatorEvent> Reports(IReadOnlyList<IndicatorEvent> events, DateTimeOffset from, DateTimeOffset to) =>
        events.Where(e => e.Kind == LedgerEventKind.ReportReceived && e.At >= from && e.At < to);
}
