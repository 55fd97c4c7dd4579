using Assistant.Workshops.Content;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Content;

public sealed class WorkshopContentTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("workshops-content-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Sample_content_loads_and_links_to_offers_that_exist()
    {
        var catalog = WorkshopCatalog.Load(Repo.Content, Berlin);

        Assert.True(catalog.Workshops.Count >= 4);
        Assert.Contains(catalog.Workshops, w => w.Target == TargetGroup.Women);
        Assert.Equal(["document-recognition", "migration-counselling"], catalog.Services.Select(s => s.OfferId).Order());
        foreach (var offer in catalog.Workshops.Select(w => w.OfferId).Concat(catalog.Services.Select(s => s.OfferId)))
        {
            Assert.True(File.Exists(Path.Combine(Repo.Content, "offers", offer + ".yaml")), $"offer '{offer}' has no file in content/offers/");
        }
    }

    [Fact]
    public void Session_times_are_local_times_in_Berlin_also_on_the_day_the_clocks_change()
    {
        var catalog = WorkshopCatalog.Load(WorkshopWorld.TestContent, Berlin);

        var spring = catalog.FindSession("clock-change", "spring")!.Value.Session;
        var autumn = catalog.FindSession("clock-change", "autumn")!.Value.Session;

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 8, 0, 0, TimeSpan.Zero), spring.Start);
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 9, 0, 0, TimeSpan.Zero), autumn.Start);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.Zero), spring.End);
    }

    [Fact]
    public void Session_ids_default_to_the_local_start()
    {
        var catalog = WorkshopCatalog.Load(Repo.Content, Berlin);

        Assert.Equal("2026-12-01-0930", catalog.FindWorkshop("my-strengths")!.Sessions[0].Id);
    }

    [Fact]
    public void Registration_closes_hours_before_the_start_when_the_file_says_so()
    {
        var catalog = WorkshopCatalog.Load(Repo.Content, Berlin);

        var session = catalog.FindWorkshop("volunteer-communication")!.Sessions[0];

        Assert.Equal(session.Start.AddHours(-48), session.RegistrationDeadline);
    }

    [Fact]
    public void Missing_language_is_named_with_file_workshop_and_field()
    {
        Write("workshops/knitting.yaml", Workshop().Replace("fa:\n  title: \"Knitting\"\n", "fa:\n", StringComparison.Ordinal));

        var error = Assert.Throws<WorkshopContentException>(Load);

        Assert.Contains("knitting.yaml: workshop 'knitting': field 'fa.title' is missing or empty.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_ending_before_it_starts_is_named()
    {
        Write("workshops/knitting.yaml", Workshop().Replace("end: \"12:00\"", "end: \"08:00\"", StringComparison.Ordinal));

        var error = Assert.Throws<WorkshopContentException>(Load);

        Assert.Contains("knitting.yaml: workshop 'knitting': field 'sessions[1].end' has '08:00'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_is_named_with_its_line()
    {
        Write("workshops/knitting.yaml", Workshop().Replace("capacity: 8", "capacity: 8\ncapacitty: 9", StringComparison.Ordinal));

        var error = Assert.Throws<WorkshopContentException>(Load);

        Assert.Contains("knitting.yaml: line 6:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Write("workshops/knitting.yaml", Workshop().Replace("target: women", "target: kids", StringComparison.Ordinal).Replace("capacity: 8", "capacity: 0", StringComparison.Ordinal));
        Write("appointments/advice.yaml", "offer: migration-counselling\nduration_minutes: 45\nlanguages: [de, xx]\n");

        var error = Assert.Throws<WorkshopContentException>(Load);

        Assert.Contains("field 'target' has 'kids'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'capacity' must be a number of places above 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("advice.yaml: counselling 'advice': field 'languages' has 'xx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("advice.yaml: counselling 'advice': field 'de' (the texts in this language) is missing", error.Message, StringComparison.Ordinal);
    }

    private WorkshopCatalog Load() => WorkshopCatalog.Load(_root.FullName, Berlin);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Workshop() =>
        "id: knitting\noffer: womens-group\ntarget: women\nlanguages: [de]\ncapacity: 8\nsessions:\n  - start: 2026-12-02 10:00\n    end: \"12:00\"\n"
        + string.Concat(new[] { "de", "en", "ar", "tr", "uk", "ru", "fa" }.Select(l => $"{l}:\n  title: \"Knitting\"\n  description: \"We knit.\"\n  place: \"Here\"\n"));
}
