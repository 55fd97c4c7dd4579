using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Hosting;
using Assistant.Handoff.Reports;
using Assistant.Indicators.Content;
using Assistant.Indicators.Counting;
using Assistant.Indicators.Ledger;
using Assistant.Newsletters;
using Assistant.Newsletters.Sending;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Indicators;
using Microsoft.Extensions.Options;

namespace Assistant.Bench.Indicators;

/// <summary>
/// Computing every indicator of <c>content/indicators.yaml</c> over a year of records: confirmed places
/// (some given up), closed tickets and discrimination reports in the ledger, and sent newsletters. Timed
/// twice: the computation alone, and reading the ledger from a LiteDB data file plus the computation, as
/// <c>/indicators</c> does it.
/// </summary>
internal static class IndicatorsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var registrations = int.Parse(Option(args, "--registrations", "100000"), CultureInfo.InvariantCulture);
        var tickets = int.Parse(Option(args, "--tickets", "10000"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds", "10"), CultureInfo.InvariantCulture);
        var file = IndicatorFileReader.Load(ContentPaths.Resolve(Option(args, "--file", "content/indicators.yaml")));
        Console.WriteLine($"Indicators benchmark on {Environment.ProcessorCount} cores: {registrations} registrations, {tickets} tickets, "
            + $"{file.Projects.Sum(p => p.Indicators.Count)} indicators in {file.Projects.Count} projects");

        var events = History(registrations, tickets);
        var newsletters = Enumerable.Range(1, 24).Select(n => new Newsletter
        {
            Id = "N-" + n,
            Topic = NewsletterTopics.All[n % NewsletterTopics.All.Count],
            Texts = new Dictionary<string, string> { ["de"] = "Hallo" },
            State = NewsletterState.Sent,
            FinishedAt = Year.AddDays(n * 14),
        }).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var now = Year.AddMonths(11);

        var compute = await Times(rounds, () => Task.FromResult(IndicatorCalculator.Compute(file, events, newsletters, now, zone)));
        Print("compute only", compute);

        var folder = Directory.CreateTempSubdirectory("assistant-bench-indicators-").FullName;
        try
        {
            using var db = new AssistantDatabase(Microsoft.Extensions.Options.Options.Create(new LiteDbOptions { Path = Path.Combine(folder, "assistant.db") }));
            var ledger = new LiteDbLedgerStore(db);
            var write = Stopwatch.StartNew();
            foreach (var entry in events)
            {
                await ledger.AppendAsync(entry, CancellationToken.None);
            }

            Console.WriteLine($"  writing {events.Count} ledger events to the data file: {write.Elapsed.TotalSeconds:F1} s ({events.Count / write.Elapsed.TotalSeconds:F0} events/s)");
            var full = await Times(rounds, async () =>
                IndicatorCalculator.Compute(file, await ledger.AllAsync(CancellationToken.None), newsletters, now, zone));
            Print("read the data file + compute", full);
            foreach (var p in IndicatorCalculator.Compute(file, events, newsletters, now, zone))
            {
                Console.WriteLine($"  {p.Project.Id}/{p.Indicator.Id}: {p.Actual} of {p.Indicator.Target}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static readonly DateTimeOffset Year = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A deterministic year: 400 sessions of 20 workshops, 30,000 people, 5 % of places given up, reports with one or two grounds.</summary>
    private static List<IndicatorEvent> History(int registrations, int tickets)
    {
        var random = new Random(16);
        string[] groups = ["everyone", "women", "parents", "volunteers"];
        var events = new List<IndicatorEvent>(registrations + tickets + registrations / 20);
        for (var r = 0; r < registrations; r++)
        {
            var session = r % 400;
            var start = Year.AddHours(session * 21);
            events.Add(new IndicatorEvent
            {
                Id = $"place:w{r}",
                Kind = LedgerEventKind.PlaceTaken,
                At = start.AddDays(-7),
                Subject = "workshop-" + (session % 20),
                Group = groups[session % groups.Length],
                Session = $"workshop-{session % 20}/s{session}",
                SessionStart = start,
                Person = "p" + random.Next(30000),
            });
            if (r % 20 == 0)
            {
                events.Add(new IndicatorEvent { Id = $"given-up:w{r}", Kind = LedgerEventKind.PlaceGivenUp, At = start.AddDays(-1), Subject = "workshop-" + (session % 20) });
            }
        }

        for (var t = 0; t < tickets; t++)
        {
            var report = t % 10 == 0;
            events.Add(report
                ? new IndicatorEvent
                {
                    Id = $"report:AD-{t}",
                    Kind = LedgerEventKind.ReportReceived,
                    At = Year.AddHours(t * 0.8),
                    Subject = "discrimination-report",
                    Group = ReportChoices.Areas[random.Next(ReportChoices.Areas.Count)],
                    Tags = [.. ReportChoices.Grounds.OrderBy(_ => random.Next()).Take(1 + (t % 2))],
                }
                : new IndicatorEvent { Id = $"ticket-closed:GS-{t}", Kind = LedgerEventKind.TicketClosed, At = Year.AddHours(t * 0.8), Subject = t % 3 == 0 ? "unanswered-question" : "person-request" });
        }

        return events;
    }

    private static async Task<List<double>> Times<T>(int rounds, Func<Task<T>> run)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Print(string what, List<double> times)
    {
        times.Sort();
        Console.WriteLine($"  {what}: median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms over {times.Count} rounds");
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
