using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Assistant.Indicators.Counting;
using Assistant.Indicators.Export;
using Microsoft.Extensions.Options;

namespace Assistant.Indicators.Staff;

/// <summary>
/// <c>/indicators</c>: progress of every project against its targets, with the discrimination statistics;
/// <c>/indicators csv</c>, <c>xlsx</c> or <c>svg</c> sends the figures as a file.
/// </summary>
internal sealed class IndicatorsCommand(FunderReport report, TextCatalog texts, IOptions<StaffOptions> staff) : IStaffCommand
{
    public string Name => "indicators";

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var language = staff.Value.Language;
        FunderFigures figures;
        try
        {
            figures = await report.ComputeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            return texts.Message(language, "indicators.file_error", new Dictionary<string, string> { ["problem"] = e.Message });
        }

        var header = FunderRows.Header(texts, language);
        var rows = FunderRows.Of(figures, texts, language);
        OutgoingFile? file = context.Argument.Trim().ToLowerInvariant() switch
        {
            "" => null,
            "csv" => FunderExports.Csv(header, rows),
            "xlsx" or "excel" => FunderExports.Excel(header, rows),
            "svg" or "chart" => FunderExports.Chart(figures.Progress),
            _ => null,
        };
        if (file is not null)
        {
            return texts.Message(language, "indicators.file_ready") with { File = file };
        }

        return figures.Progress.Count == 0 ? texts.Message(language, "indicators.none") : OutgoingMessage.Plain(Summary(figures, language));
    }

    private string Summary(FunderFigures figures, string language)
    {
        string T(string key, params (string Name, string Value)[] values) => texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        var lines = new List<string>();
        foreach (var project in figures.Progress.GroupBy(p => p.Project))
        {
            lines.Add(T("indicators.project", ("project", project.Key.Name), ("period", FunderRows.Period(project.Key))));
            lines.AddRange(project.Select(p => T(
                p.Actual >= p.Indicator.Target ? "indicators.line_reached" : "indicators.line",
                ("label", p.Indicator.Label), ("actual", N(p.Actual)), ("target", N(p.Indicator.Target)), ("percent", N(p.Percent)))));
            if (figures.Discrimination.FirstOrDefault(d => d.Project == project.Key) is { Statistics: { } statistics })
            {
                var grounds = statistics.Grounds.Where(g => g.Count > 0).Select(g => $"{texts.Get(language, "report.grounds." + g.Ground)} {DiscriminationStatistics.Shown(g.Count)}");
                var areas = statistics.Areas.Where(a => a.Count > 0).Select(a => $"{texts.Get(language, "report.areas." + a.Area)} {DiscriminationStatistics.Shown(a.Count)}");
                lines.Add(T("indicators.cases", ("total", DiscriminationStatistics.Shown(statistics.Cases)), ("grounds", string.Join(", ", grounds)), ("areas", string.Join(", ", areas))));
            }

            lines.Add("");
        }

        lines.Add(T("indicators.usage"));
        return string.Join("\n", lines);
    }
}
