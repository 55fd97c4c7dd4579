using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Shifts;

/// <summary>Shifts in <c>content/shifts/</c>: the sample loads, mistakes are named, changes keep sign-ups.</summary>
public sealed class ShiftContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assistant-shift-content-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Sample_content_has_every_kind_of_shift_in_the_weeks_after_24_november()
    {
        var shifts = ShiftContentLoader.LoadFolder(VolunteerWorld.ShiftsFolder, Berlin);

        Assert.All(shifts, s => Assert.InRange(s.Start, Beginning, Beginning.AddDays(28)));
        Assert.Equal(["accompaniment", "interpreting", "language_cafe", "workshop"], shifts.Select(s => s.Kind).Distinct().Order());
        Assert.Contains(shifts, s => s.Kind == "interpreting" && s.Language == "ar");
        Assert.Contains(shifts, s => s.Kind == "interpreting" && s.Language == "fa");
        var cafe = shifts.Single(s => s.Id == "language-cafe-2026-11-25");
        Assert.Equal((Local(11, 25, 17), Local(11, 25, 18, 30), 2), (cafe.Start, cafe.End, cafe.Needed));
    }

    [Fact]
    public void Every_mistake_is_named_with_file_shift_and_field()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.yaml"), """
            shifts:
              - id: Bad Id
                title: ""
                kind: dancing
                start: "next tuesday"
                end: "18:00"
                place: "Rathaus"
                people: 0
                language: kurdish
              - id: ok-shift
                title: "Fine"
                kind: event
                start: "2026-12-01 18:00"
                end: "17:00"
                place: "Rathaus"
                people: 1
            """);

        var error = Assert.Throws<ShiftContentException>(() => ShiftContentLoader.LoadFolder(_folder, Berlin));

        foreach (var expected in new[] { "bad.yaml: shift 'Bad Id': id", "title", "kind must be one of", "people must be", "language must be", "start must be", "shift 'ok-shift': end must be" })
        {
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_field_is_named_with_its_line()
    {
        File.WriteAllText(Path.Combine(_folder, "typo.yaml"), "shifts:\n  - id: cafe\n    titel: Sprachcafé\n");

        var error = Assert.Throws<ShiftContentException>(() => ShiftContentLoader.LoadFolder(_folder, Berlin));

        Assert.Contains("typo.yaml: line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_at_start_keeps_sign_ups_and_moves_their_reminders_when_the_time_changes()
    {
        Write("2026-11-26 15:00");
        using var world = new VolunteerWorld(new Dictionary<string, string?> { ["Volunteers:ContentPath"] = _folder });
        await ImportAsync(world);
        await world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        var signup = (await world.Board.SignUpAsync(1, "cafe", CancellationToken.None)).Signup!;

        Write("2026-11-26 17:00");
        await ImportAsync(world);

        Assert.Equal(Local(11, 26, 17), (await world.Shifts.GetAsync("cafe", CancellationToken.None))!.Start);
        Assert.True((await world.Signups.GetAsync(signup.Id, CancellationToken.None))!.IsActive);
        await world.AdvanceToAsync(Local(11, 25, 16));
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Local(11, 25, 17));
        Assert.Single(world.Messenger.To(1));
    }

    private static async Task ImportAsync(VolunteerWorld world)
    {
        var importer = world.Services.GetServices<IHostedService>().OfType<ShiftContentImporter>().Single();
        await importer.StartAsync(CancellationToken.None);
    }

    private void Write(string start) => File.WriteAllText(Path.Combine(_folder, "cafe.yaml"), $"""
        shifts:
          - id: cafe
            title: "Sprachcafé"
            kind: language_cafe
            start: "{start}"
            end: "{start[..11]}18:30"
            place: "Stadtbibliothek"
            people: 2
        """);
}
