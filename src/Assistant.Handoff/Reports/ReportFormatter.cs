using System.Globalization;
using Assistant.Core.Localization;

namespace Assistant.Handoff.Reports;

/// <summary>A report as readable lines in one language: the summary the person checks, and what the counsellor receives.</summary>
internal static class ReportFormatter
{
    public static IReadOnlyList<string> Lines(ReportContent report, string language, TextCatalog texts)
    {
        string T(string key, params (string Name, string Value)[] values) =>
            texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

        var lines = new List<string>
        {
            T("report.summary.contact", ("contact", Contact(report, language, texts))),
            T("report.summary.grounds", ("grounds", report.Grounds.Count == 0 ? "–" : string.Join(", ", report.Grounds.Select(g => T("report.grounds." + g))))),
            T("report.summary.area", ("area", report.Area is null ? "–" : T("report.areas." + report.Area))),
            T("report.summary.when", ("when", When(report, language, texts))),
            T("report.summary.description", ("description", string.IsNullOrWhiteSpace(report.Description) ? T("report.summary.no_text") : report.Description)),
        };
        if (report.Files.Count > 0)
        {
            lines.Add(T("report.summary.files", ("count", report.Files.Count.ToString(CultureInfo.InvariantCulture))));
        }

        lines.Add(T("report.summary.wish", ("wish", report.Wish is null ? "–" : T("report.wishes." + report.Wish))));
        return lines;
    }

    private static string Contact(ReportContent report, string language, TextCatalog texts)
    {
        if (report.Anonymous != false)
        {
            return texts.Get(language, "report.summary.anonymous");
        }

        var values = new Dictionary<string, string>
        {
            ["language_name"] = report.ContactLanguage is { } code && texts.LanguageCodes.Contains(code) ? texts.NativeName(code) : "–",
            ["phone"] = report.Phone ?? "–",
            ["email"] = report.Email ?? "–",
        };
        return texts.Get(language, "report.summary.by_" + (report.ContactWay ?? "chat"), values);
    }

    private static string When(ReportContent report, string language, TextCatalog texts)
    {
        if (report.WhenDate is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d", LocalFormat.Culture(language));
        }

        return report.WhenAbout is { } about
            ? texts.Get(language, "report.summary.about", new Dictionary<string, string> { ["when"] = about })
            : texts.Get(language, "report.summary.when_unknown");
    }
}
