using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Scheduling;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Workshops;
using Assistant.Telegram.Fakes;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Issue #14, crash safety with real processes: the real host runs as a child process on a LiteDB file against the
/// fake Bot API in this process, and is killed with SIGKILL (<see cref="Process.Kill()"/>) at random moments while
/// people register for a workshop and due reminders go out; it is started again on the same file each time. Then
/// everything is counted: no reply lost (every step of every registration is answered), every registration stored
/// once, every reminder delivered, and messages repeated after a crash at most once.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Registering = 12;
    private const int Reminded = 120;
    private const int Kills = 3;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task Kill_9_during_registrations_and_reminders_loses_nothing_and_doubles_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("assistant-crash-").FullName;
        await using var fake = await FakeBotApi.StartAsync();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var session = TimeProvider.System.GetUtcNow().AddDays(3);
        var content = WriteContent(folder, session);
        var dataFile = Path.Combine(folder, "assistant.db");
        var reminded = Enumerable.Range(0, Reminded).Select(i => 9_100_000L + i).ToList();
        await SeedRemindersAsync(dataFile, reminded, session);

        var child = new Child(fake, folder, dataFile, content);
        Task everything = Task.CompletedTask;
        var registering = Enumerable.Range(0, Registering).Select(i => new Person(9_000_000 + i, i % 2 == 0 ? "de" : "uk")).ToList();
        try
        {
            child.Start();
            var drivers = registering.Select(p => RegisterAsync(fake, p)).ToList();
            everything = Task.WhenAll(drivers);

            // Killed after a random amount of progress, not after a time: a slow machine is hit at the same kinds of moments.
            for (var kill = 0; kill < Kills && !everything.IsCompleted; kill++)
            {
                var sent = fake.CallsOf("sendMessage").Count + random.Next(10, 60);
                await Task.WhenAny(everything, fake.WaitUntilAsync(f => f.CallsOf("sendMessage").Count >= sent, TimeSpan.FromMinutes(2), "progress before a kill"));
                await child.KillAsync();
                child.Start();
            }

            await everything;
            await fake.WaitUntilAsync(f => reminded.All(u => f.MessagesTo(u).Count >= 1), TimeSpan.FromMinutes(2), "every reminder");
        }
        finally
        {
            await child.KillAsync();
            output.WriteLine("The host's last lines:\n" + child);
        }

        var registrations = await RegistrationsAsync(dataFile);
        var perPerson = registering.Select(p => registrations.Count(r => r.UserId == p.Id && r.Status == RegistrationStatus.Confirmed)).ToList();
        var reminders = reminded.Select(u => fake.MessagesTo(u).Count).ToList();
        var repeated = registering.Select(p => p.Id).Concat(reminded).Sum(u => Repeats(fake.TextsTo(u)));
        var messages = fake.CallsOf("sendMessage").Count(c => c.StatusCode == 200);
        output.WriteLine(
            $"seed {seed}: {child.Starts - 1} kills; registrations {perPerson.Count(n => n == 1)}/{Registering} once, lost {perPerson.Count(n => n == 0)}, " +
            $"twice {perPerson.Count(n => n > 1)}; reminders {reminders.Count(n => n >= 1)}/{Reminded} delivered, missing {reminders.Count(n => n == 0)}, " +
            $"delivered twice {reminders.Count(n => n > 1)}; {repeated} of {messages} messages repeated after a crash");

        Assert.True(child.Starts > Kills || everything.IsCompletedSuccessfully, "the host was killed while it worked");
        Assert.All(perPerson, n => Assert.Equal(1, n));
        Assert.All(reminders, n => Assert.InRange(n, 1, 2));
        Assert.All(registering.Select(p => p.Id).Concat(reminded), u => Assert.True(MostRepeats(fake.TextsTo(u)) <= 1, $"a message to {u} came three times"));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>One person's registration, step by step; each step waits for its answer, which must come whatever crashes.</summary>
    private static async Task RegisterAsync(FakeBotApi fake, Person person)
    {
        var lang = person.Language;
        var user = new ChatUser(fake, person.Id, lang, person.FirstName);
        await user.OnboardAsync();
        var dates = await user.PressAsync(T(lang, "menu.workshops"), T(lang, "workshops.choose_session"));
        await user.PressAsync(dates, Assert.Single(dates.AllButtons).Label, T(lang, "workshops.ask_name"));
        await user.SayAsync(person.FullName, T(lang, "workshops.ask_phone_wanted"));
        await user.PressAsync(T(lang, "dialog.no"), T(lang, "workshops.ask_childcare"));
        await user.NoNeedsAsync();
        await user.PressAsync(T(lang, "dialog.yes"), t => t.Contains(person.FullName, StringComparison.Ordinal), "the summary");
        await user.PressAsync(T(lang, "dialog.yes"), T(lang, "menu.prompt"));
    }

    /// <summary>Messages that arrived again right after themselves: what a crash between sending and marking repeats.</summary>
    private static int Repeats(IReadOnlyList<string> texts) => texts.Where((t, i) => i > 0 && texts[i - 1] == t).Count();

    private static int MostRepeats(IReadOnlyList<string> texts)
    {
        var (most, run) = (0, 0);
        for (var i = 1; i < texts.Count; i++)
        {
            run = texts[i] == texts[i - 1] ? run + 1 : 0;
            most = Math.Max(most, run);
        }

        return most;
    }

    /// <summary>The test workshop, with room for everyone, three days from now.</summary>
    private static string WriteContent(string folder, DateTimeOffset session)
    {
        var source = File.ReadAllText(Path.Combine(RepoRoot, "tests", "Assistant.Telegram.Tests", "WorkshopContent", "workshops", "sewing-circle.yaml"));
        var local = TimeZoneInfo.ConvertTime(session, Zone);
        var yaml = source
            .Replace("capacity: 2", "capacity: 1000", StringComparison.Ordinal)
            .Replace("start: 2026-11-26 10:00", $"start: {local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 10:00", StringComparison.Ordinal);
        var content = Path.Combine(folder, "workshop-content");
        Directory.CreateDirectory(Path.Combine(content, "workshops"));
        File.WriteAllText(Path.Combine(content, "workshops", "sewing-circle.yaml"), yaml);
        return content;
    }

    /// <summary>People registered before, each with a reminder due now: the scheduler sends them all at the start.</summary>
    private static async Task SeedRemindersAsync(string dataFile, IReadOnlyList<long> users, DateTimeOffset session)
    {
        using var db = new AssistantDatabase(Options.Create(new LiteDbOptions { Path = dataFile }));
        var now = TimeProvider.System.GetUtcNow();
        var registrations = users.Select((u, i) => new WorkshopRegistration
        {
            Id = "seeded-" + u.ToString(CultureInfo.InvariantCulture),
            WorkshopId = "sewing-circle",
            SessionId = "thursday",
            UserId = u,
            Name = "Seeded " + u.ToString(CultureInfo.InvariantCulture),
            Status = RegistrationStatus.Confirmed,
            QueueNumber = i + 1,
            RegisteredAt = now,
            ConfirmedAt = now,
        }).ToList();
        await new LiteDbRegistrationStore(db).ChangeSessionAsync(WorkshopSession.Key("sewing-circle", "thursday"), _ => new SessionChange<int>(registrations, 0), CancellationToken.None);
        var jobs = new LiteDbScheduledJobStore(db);
        foreach (var registration in registrations)
        {
            await jobs.ScheduleAsync(
                new ScheduledJob
                {
                    Id = $"{JobKinds.WorkshopReminder}:{registration.Id}:24h00",
                    Kind = JobKinds.WorkshopReminder,
                    DueAt = now.AddMinutes(-1),
                    UsefulUntil = session.AddDays(-1),
                    UserId = registration.UserId,
                    Data = new Dictionary<string, string> { [JobKinds.Registration] = registration.Id },
                },
                CancellationToken.None);
        }
    }

    private static async Task<IReadOnlyList<WorkshopRegistration>> RegistrationsAsync(string dataFile)
    {
        using var db = new AssistantDatabase(Options.Create(new LiteDbOptions { Path = dataFile }));
        return await new LiteDbRegistrationStore(db).ForSessionAsync(WorkshopSession.Key("sewing-circle", "thursday"), CancellationToken.None);
    }

    private sealed record Person(long Id, string Language)
    {
        public string FirstName => Language == "uk" ? "Olena" : "Amina";

        public string FullName => FirstName + " Test" + (Id % 1000).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The bot as its own process: the host's build output, run by <c>dotnet</c>, configured by environment variables.</summary>
    private sealed class Child(FakeBotApi fake, string folder, string dataFile, string content)
    {
        private readonly Lock _lock = new();
        private readonly List<string> _lastLines = [];
        private Process? _process;

        public int Starts { get; private set; }

        public void Start()
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(HostDll());
            var settings = new Dictionary<string, string>
            {
                ["Telegram__BotToken"] = fake.Token,
                ["Telegram__ApiBaseUrl"] = fake.BaseUrl,
                ["Telegram__PollingTimeoutSeconds"] = "1",
                ["Telegram__Sending__GlobalPerSecond"] = "1000",
                ["Telegram__Sending__PrivateChatPerSecond"] = "200",
                ["Telegram__Sending__PrivateChatBurst"] = "50",
                ["Storage__LiteDb__Path"] = dataFile,
                ["Urls"] = "http://127.0.0.1:0",
                ["Health__Urls"] = "http://127.0.0.1:0",
                ["LocalChat__Url"] = "http://127.0.0.1:0",
                ["Workshops__ContentPath"] = content,
                ["Workshops__WatchForChanges"] = "false",
                ["Offers__WatchForChanges"] = "false",
                ["Offers__ContentPath"] = Path.Combine(RepoRoot, "content"),
                ["Logging__LogLevel__Default"] = "Warning",
                ["DOTNET_gcServer"] = "0",
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;
            Starts++;
        }

        /// <summary>SIGKILL: no shutdown, no flush, as a power cut or the OOM killer would end it.</summary>
        public async Task KillAsync()
        {
            if (_process is not { } process)
            {
                return;
            }

            _process = null;
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lock)
            {
                _lastLines.Add(line);
                if (_lastLines.Count > 50)
                {
                    _lastLines.RemoveAt(0);
                }
            }
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return string.Join('\n', _lastLines);
            }
        }

        private static string HostDll()
        {
            // The host next to this test's own build (Debug or Release), which the test project builds first.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(RepoRoot, "src", "Assistant", "bin", configuration, "net10.0", "Assistant.dll");
            return File.Exists(dll) ? dll : Path.Combine(AppContext.BaseDirectory, "Assistant.dll");
        }
    }
}
