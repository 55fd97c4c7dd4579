using System.Globalization;
using Assistant.Core.Localization;
using Assistant.Indicators.Counting;

namespace Assistant.Indicators.Export;

/// <summary>One line of the funder export: a figure against its target, or one ground or area of the discrimination statistics.</summary>
public sealed record FunderRow(string Project, string Period, string Indicator, string Target, string Actual, string Percent);

/// <summary>The figures as rows for the exports, headed and labelled in the staff's language.</summary>
public static class FunderRows
{
    public static IReadOnlyList<string> Header(TextCatalog texts, string language) =>
        new[] { "project", "period", "indicator", "target", "actual", "percent" }.Select(c => texts.Get(language, "indicators.columns." + c)).ToList();

    public static IReadOnlyList<FunderRow> Of(FunderFigures figures, TextCatalog texts, string language)
    {
        var rows = figures.Progress.Select(p => new FunderRow(
            p.Project.Name,
            Period(p.Project),
            p.Indicator.Label,
            N(p.Indicator.Target),
            N(p.Actual),
            N(p.Percent))).ToList();
        foreach (var (project, statistics) in figures.Discrimination)
        {
            string Label(string kind, string value) => texts.Get(language, "indicators.cases_by_" + kind, new Dictionary<string, string> { ["value"] = texts.Get(language, $"report.{kind}s.{value}") });
            rows.Add(new FunderRow(project.Name, Period(project), texts.Get(language, "indicators.cases_total"), "", DiscriminationStatistics.Shown(statistics.Cases), ""));
            rows.AddRange(statistics.Grounds.Select(g => new FunderRow(project.Name, Period(project), Label("ground", g.Ground), "", DiscriminationStatistics.Shown(g.Count), "")));
            rows.AddRange(statistics.Areas.Select(a => new FunderRow(project.Name, Period(project), Label("area", a.Area), "", DiscriminationStatistics.Shown(a.Count), "")));
        }

        return rows;
    }

    public static string Period(Content.FundedProject project) =>
        project.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " – " + project.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
