using System.Text;
using System.Text.Json;
using Assistant.Core.Localization;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tickets;
using Assistant.Indicators.Counting;
using Assistant.Indicators.Export;
using Assistant.Newsletters;
using ClosedXML.Excel;

namespace Assistant.Indicators.Tests;

public sealed class FunderFigureTests
{
    private const string AminaName = "Amina Yusuf";

    private static readonly Dictionary<string, int> Expected = new()
    {
        ["ehrenamt/events"] = 2,
        ["ehrenamt/volunteers"] = 5,
        ["ehrenamt/newsletters"] = 2,
        ["beratung/consultations"] = 4,
        ["beratung/walks"] = 3,
        ["antidiskriminierung/cases"] = 5,
        ["antidiskriminierung/religion"] = 3,
    };

    [Fact]
    public async Task Three_projects_count_the_right_figures_from_the_bot_s_records()
    {
        var world = await SeededAsync();

        Assert.Equal(Expected, await world.FiguresAsync());
    }

    [Fact]
    public async Task After_a_participant_s_erasure_the_figures_are_the_same_and_her_name_is_nowhere()
    {
        var world = await SeededAsync();
        var before = await world.FiguresAsync();
        var pseudonym = await world.Pseudonyms.OfAsync(1, CancellationToken.None);

        // What /delete does: her registrations are cancelled, then removed; the ledger forgets her pseudonym.
        foreach (var registration in await world.Registrations.ForUserAsync(1, CancellationToken.None))
        {
            await world.CancelAsync(registration);
        }

        await world.Registrations.DeleteForUserAsync(1, CancellationToken.None);
        Assert.True(await world.Erasure.EraseAsync(1, CancellationToken.None) > 0);

        Assert.Equal(before, await world.FiguresAsync());
        var ledger = JsonSerializer.Serialize(await world.Ledger.AllAsync(CancellationToken.None));
        Assert.DoesNotContain(pseudonym, ledger, StringComparison.Ordinal);
        foreach (var text in await ExportTextsAsync(world))
        {
            Assert.DoesNotContain("Amina", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Yusuf", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1234567", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Discrimination_statistics_follow_the_report_flow_and_hide_numbers_below_three()
    {
        var world = await SeededAsync();

        var statistics = (await world.Report.ComputeAsync(CancellationToken.None)).Discrimination.Single().Statistics;

        Assert.Equal(ReportChoices.Grounds, statistics.Grounds.Select(g => g.Ground));
        Assert.Equal(ReportChoices.Areas, statistics.Areas.Select(a => a.Area));
        var rows = FunderRows.Of(await world.Report.ComputeAsync(CancellationToken.None), TestTexts.Catalog, "de");
        string Shown(string key, string value) => rows.Single(r => r.Indicator == TestWorld.T("de", key, ("value", value))).Actual;
        Assert.Equal("3", Shown("indicators.cases_by_ground", TestWorld.T("de", "report.grounds.religion")));
        Assert.Equal("<3", Shown("indicators.cases_by_ground", TestWorld.T("de", "report.grounds.gender")));
        Assert.Equal("0", Shown("indicators.cases_by_ground", TestWorld.T("de", "report.grounds.disability")));
        Assert.Equal("3", Shown("indicators.cases_by_area", TestWorld.T("de", "report.areas.housing")));
        Assert.Equal("<3", Shown("indicators.cases_by_area", TestWorld.T("de", "report.areas.work")));
    }

    [Fact]
    public async Task The_exports_carry_every_figure_in_csv_excel_and_the_chart()
    {
        var world = await SeededAsync();
        var figures = await world.Report.ComputeAsync(CancellationToken.None);
        var header = FunderRows.Header(TestTexts.Catalog, "de");
        var rows = FunderRows.Of(figures, TestTexts.Catalog, "de");

        var csv = Encoding.UTF8.GetString(FunderExports.Csv(header, rows).Content);
        Assert.Contains("Ehrenamt stärken;2026-01-01 – 2026-12-31;Erreichte Ehrenamtliche;140;5;4", csv, StringComparison.Ordinal);

        using var workbook = new XLWorkbook(new MemoryStream(FunderExports.Excel(header, rows).Content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(TestWorld.T("de", "indicators.columns.target"), sheet.Cell(1, 4).GetString());
        var walks = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == "Teilnahmen Stadtspaziergang");
        Assert.Equal(3, walks.Cell(5).GetValue<int>());
        Assert.Equal(100, walks.Cell(6).GetValue<int>());

        var svg = Encoding.UTF8.GetString(FunderExports.Chart(figures.Progress).Content);
        Assert.Equal(Expected.Count, svg.Split("<rect").Length - 1 - Expected.Count);
        Assert.Contains(">4/15<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistake_in_the_indicators_file_names_the_project_and_the_indicator()
    {
        var error = Assert.Throws<InvalidDataException>(() => Content.IndicatorFileReader.Parse(
            "projects:\n  - id: p1\n    name: P\n    from: 2026-01-01\n    to: 2026-12-31\n    indicators:\n      - id: x\n        label: X\n        target: 3\n        counts: coffees\n",
            "indicators.yaml"));

        Assert.Contains("project p1, indicator x", error.Message, StringComparison.Ordinal);
        Assert.Contains("attended_registrations", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A year of the agency in January's clock: volunteer sessions (one given up before, one next year),
    /// a city walk, tickets, discrimination reports and newsletters; the clock then stands in November.
    /// </summary>
    internal static async Task<FunderWorld> SeededAsync(FunderWorld? world = null)
    {
        world ??= new FunderWorld();
        world.Session("v1", "volunteers", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        world.Session("v2", "volunteers", new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        world.Session("v3", "volunteers", new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
        world.Session("c1", "everyone", new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));

        string[] names = [AminaName, "Olena Koval", "Zeynep Kaya", "Farah Haddad", "Maryam Ahmadi", "Irina Petrova", "Leyla Demir", "Nour Khalil", "Sara Rahimi"];
        for (var u = 1; u <= 5; u++)
        {
            await world.ConfirmAsync("volunteer-communication", "v1", u, names[u - 1]);
        }

        await world.ConfirmAsync("volunteer-communication", "v2", 1, AminaName);
        await world.ConfirmAsync("volunteer-communication", "v2", 2, names[1]);
        var gaveUp = await world.ConfirmAsync("volunteer-communication", "v2", 6, names[5]);
        await world.CancelAsync(gaveUp);
        await world.ConfirmAsync("volunteer-communication", "v3", 1, AminaName);
        await world.ConfirmAsync("volunteer-communication", "v3", 7, names[6]);
        foreach (var u in new long[] { 1, 8, 9 })
        {
            await world.ConfirmAsync("city-walk", "c1", u, names[u - 1]);
        }

        for (var i = 0; i < 4; i++)
        {
            await world.TicketAsync(TicketKind.PersonRequest, $"{AminaName} fragt nach einem Deutschkurs {i}", closed: true);
        }

        await world.TicketAsync(TicketKind.PersonRequest, "offen", closed: false);
        await world.TicketAsync(TicketKind.UnansweredQuestion, "Frage", closed: true);
        (string[] Grounds, string Area)[] reports =
        [
            (["religion", "gender"], "housing"), (["religion"], "housing"), (["ethnic"], "work"), (["religion"], "housing"), (["age"], "online"),
        ];
        foreach (var (grounds, area) in reports)
        {
            await world.TicketAsync(TicketKind.DiscriminationReport, "Bericht", closed: false, new ReportContent { Grounds = grounds, Area = area, Description = $"{AminaName} wurde beleidigt", Consent = true });
        }

        await world.SentNewsletterAsync("N-1", NewsletterTopics.Events, new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await world.SentNewsletterAsync("N-2", NewsletterTopics.Funding, new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        return world;
    }

    private static async Task<IReadOnlyList<string>> ExportTextsAsync(FunderWorld world)
    {
        var figures = await world.Report.ComputeAsync(CancellationToken.None);
        var header = FunderRows.Header(TestTexts.Catalog, "de");
        var rows = FunderRows.Of(figures, TestTexts.Catalog, "de");
        using var workbook = new XLWorkbook(new MemoryStream(FunderExports.Excel(header, rows).Content));
        var cells = string.Join("\n", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
        return [Encoding.UTF8.GetString(FunderExports.Csv(header, rows).Content), cells, Encoding.UTF8.GetString(FunderExports.Chart(figures.Progress).Content)];
    }
}

public sealed class IndicatorsCommandTests
{
    [Fact]
    public async Task Indicators_shows_each_target_with_its_progress_and_hides_small_case_numbers()
    {
        var command = await CommandAsync();

        var answer = (await command.HandleAsync(Context(""), CancellationToken.None))!.Text;

        Assert.Contains(TestWorld.T("de", "indicators.project", ("project", "Ehrenamt stärken"), ("period", "2026-01-01 – 2026-12-31")), answer, StringComparison.Ordinal);
        Assert.Contains(TestWorld.T("de", "indicators.line", ("label", "Erreichte Ehrenamtliche"), ("actual", "5"), ("target", "140"), ("percent", "4")), answer, StringComparison.Ordinal);
        Assert.Contains(TestWorld.T("de", "indicators.line_reached", ("label", "Teilnahmen Stadtspaziergang"), ("actual", "3"), ("target", "3"), ("percent", "100")), answer, StringComparison.Ordinal);
        Assert.Contains(TestWorld.T("de", "report.grounds.gender") + " <3", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx", "indicators.xlsx")]
    [InlineData("csv", "indicators.csv")]
    [InlineData("svg", "indicators.svg")]
    public async Task Indicators_with_a_format_sends_the_figures_as_that_file(string format, string fileName)
    {
        var command = await CommandAsync();

        var answer = await command.HandleAsync(Context(format), CancellationToken.None);

        Assert.Equal(fileName, answer!.File!.FileName);
        Assert.NotEmpty(answer.File.Content);
    }

    private static async Task<Staff.IndicatorsCommand> CommandAsync() =>
        new((await FunderFigureTests.SeededAsync()).Report, TestTexts.Catalog, Microsoft.Extensions.Options.Options.Create(new Core.Staff.StaffOptions()));

    private static Core.Staff.StaffCommandContext Context(string argument) =>
        new(new Core.Staff.StaffChatMessage { ChatId = -100, FromUserId = 900, Text = "/indicators " + argument }, argument, new HashSet<Core.Staff.StaffRole> { Core.Staff.StaffRole.Staff });
}
