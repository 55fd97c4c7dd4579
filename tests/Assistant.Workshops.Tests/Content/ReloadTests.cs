using Assistant.Core.Hosting;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Workshops.Tests.Content;

/// <summary>Staff edit the workshop files while the bot runs; a copy of the test content is edited here.</summary>
public sealed class ReloadTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private const string SewingCircle = "workshops/sewing-circle.yaml";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("workshops-reload-");
    private readonly FakeLogger<WorkshopContentReloader> _reloaderLog = new();

    public ReloadTests()
    {
        foreach (var file in Directory.GetFiles(WorkshopWorld.TestContent, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_root.FullName, Path.GetRelativePath(WorkshopWorld.TestContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task New_session_in_a_saved_file_is_offered_after_the_reload()
    {
        using var world = World();
        Replace(SewingCircle, "  - id: deadline-passed", "  - id: saturday\n    start: 2026-11-28 10:00\n    end: \"12:00\"\n  - id: deadline-passed");

        var reload = await Reloader(world).ReloadAsync(CancellationToken.None);

        Assert.True(reload.Succeeded);
        var amina = await world.ParticipantAsync(1, "en");
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (en)");
        Assert.Contains("Sat 28 Nov 10:00 · 2 free", amina.ButtonLabels);
    }

    [Fact]
    public void Invalid_edit_is_refused_with_a_warning_and_the_last_valid_content_stays()
    {
        var log = new FakeLogger<WorkshopCatalog>();
        var catalog = WorkshopCatalog.Load(_root.FullName, Berlin, log);
        var before = catalog.Content;
        Replace(SewingCircle, "capacity: 3", "capacity: 0");

        var reload = catalog.Reload();

        Assert.False(reload.Succeeded);
        Assert.Same(before, catalog.Content);
        Assert.Equal(3, catalog.FindSession("sewing-circle", "friday-evening")!.Value.Session.Capacity);
        var warning = log.Collector.LatestRecord;
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("sewing-circle.yaml: workshop 'sewing-circle': field 'sessions[2].capacity' must be above 0", warning.Message, StringComparison.Ordinal);
        Assert.Contains("still serving the last valid content", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_session_with_registrations_keeps_them_and_warns_staff_naming_the_session()
    {
        using var world = World();
        var registered = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 7, name: "Amina Haddad"), CancellationToken.None);
        Replace(SewingCircle, "  - id: friday-evening\n    start: 2026-11-27 18:00\n    end: \"20:00\"\n    capacity: 3\n", "");

        var reload = await Reloader(world).ReloadAsync(CancellationToken.None);

        Assert.True(reload.Succeeded);
        Assert.Null(world.Catalog.FindSession("sewing-circle", "friday-evening"));
        Assert.Equal(RegistrationStatus.Confirmed, (await world.Registrations.GetAsync(registered.Registration!.Id, CancellationToken.None))!.Status);
        var warning = Assert.Single(_reloaderLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("Session friday-evening of workshop sewing-circle is no longer in the content, but 1 people", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_places_than_people_holding_one_keeps_everyone_and_warns_staff()
    {
        using var world = World();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 7), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 8), CancellationToken.None);
        Replace(SewingCircle, "capacity: 3", "capacity: 1");

        await Reloader(world).ReloadAsync(CancellationToken.None);

        var roster = await world.Registrations.ForSessionAsync("sewing-circle", "friday-evening", CancellationToken.None);
        Assert.All(roster, r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        var warning = Assert.Single(_reloaderLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("Session friday-evening of workshop sewing-circle now has 1 places, but 2 people hold one", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_places_are_offered_to_the_waiting_list_at_once()
    {
        using var world = World();
        for (var user = 7; user <= 10; user++)
        {
            await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", user), CancellationToken.None);
        }

        Replace(SewingCircle, "capacity: 3", "capacity: 4");

        await Reloader(world).ReloadAsync(CancellationToken.None);

        var roster = await world.Registrations.ForSessionAsync("sewing-circle", "friday-evening", CancellationToken.None);
        Assert.Equal(RegistrationStatus.Offered, roster.Single(r => r.UserId == 10).Status);
        Assert.Equal(3, roster.Count(r => r.Status == RegistrationStatus.Confirmed));
    }

    [Fact]
    public async Task Moving_a_session_moves_the_reminders_of_those_registered()
    {
        using var world = World();
        var registered = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 7), CancellationToken.None);
        Replace(SewingCircle, "start: 2026-11-27 18:00", "start: 2026-11-28 18:00");

        await Reloader(world).ReloadAsync(CancellationToken.None);

        var reminder = await world.Jobs.GetAsync($"{JobKinds.WorkshopReminder}:{registered.Registration!.Id}:24h00", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), reminder!.DueAt);
        Assert.DoesNotContain(_reloaderLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Watcher_reloads_a_moment_after_staff_save_a_file()
    {
        var time = new FakeTimeProvider(WorkshopWorld.Beginning);
        using var world = World();
        using var watcher = new ContentFolderWatcher(
            _root.FullName, "workshops", TimeSpan.FromSeconds(2), Reloader(world).ReloadAsync, time, NullLogger.Instance, ["workshops", "appointments"]);
        await watcher.StartAsync(CancellationToken.None);
        var catalog = world.Catalog;

        Replace(SewingCircle, "place: \"Teststraße 1 (de)\"", "place: \"Raum 2 (de)\"");

        // The file system reports the change on its own thread; keep moving time until it has (10 s at most).
        for (var i = 0; i < 400 && catalog.FindWorkshop("sewing-circle")!.TextsIn("de").Place != "Raum 2 (de)"; i++)
        {
            await Task.Delay(25);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal("Raum 2 (de)", catalog.FindWorkshop("sewing-circle")!.TextsIn("de").Place);
        await watcher.StopAsync(CancellationToken.None);
    }

    private WorkshopWorld World() => new(new Dictionary<string, string?> { ["Workshops:ContentPath"] = _root.FullName });

    /// <summary>What the watcher calls, logging to this test; the world does not start hosted services, so nothing watches the files.</summary>
    private WorkshopContentReloader Reloader(WorkshopWorld world) =>
        new(world.Catalog, world.Registrations, world.Get<ReminderPlanner>(), _reloaderLog);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_root.FullName, relative);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
