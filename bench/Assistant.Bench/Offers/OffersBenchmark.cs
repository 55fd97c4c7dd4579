using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Hosting;
using Assistant.Core.Localization;
using Assistant.Extensions;
using Assistant.Offers.Evaluation;
using Assistant.Offers.Flows;
using Assistant.Offers.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bench.Offers;

/// <summary>
/// The offline answer to typed questions over a question set: first the answer itself (search and
/// card, as <c>QuestionActions</c> and <c>OffersActions</c> build it), then whole turns through the
/// dialog engine with the real flows and data file, as a user typing a question at the menu sees it.
/// </summary>
internal static class OffersBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var file = ContentPaths.Resolve(Option(args, "--questions", "tests/Assistant.Offers.Tests/questions.yaml"));
        var rounds = int.Parse(Option(args, "--rounds", "20"), CultureInfo.InvariantCulture);
        var users = int.Parse(Option(args, "--users", "200"), CultureInfo.InvariantCulture);
        var questions = QuestionSet.Load(file);
        Console.WriteLine($"Offers benchmark on {Environment.ProcessorCount} cores, {questions.Count} questions from {Path.GetFileName(file)}");

        var folder = Directory.CreateTempSubdirectory("assistant-bench-offers-").FullName;
        try
        {
            using var services = new ServiceCollection()
                .AddLogging()
                .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Storage:LiteDb:Path"] = Path.Combine(folder, "assistant.db"),
                    ["Offers:WatchForChanges"] = "false",
                }).Build())
                .BuildServiceProvider();
            OfflineAnswers(services, questions, rounds);
            await TurnsAsync(services, questions, users);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>Search plus the card of the best offer and the labels of the others, one question after another.</summary>
    private static void OfflineAnswers(IServiceProvider services, IReadOnlyList<EvaluationQuestion> questions, int rounds)
    {
        var search = services.GetRequiredService<OfferSearch>();
        var texts = services.GetRequiredService<TextCatalog>();
        var latencies = new List<double>(questions.Count * rounds);
        var answered = 0;
        for (var round = -3; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                var result = search.Search(question.Question, question.Language);
                var answer = result.Best is { } best
                    ? OfferCard.Text(best.Offer, question.Language, texts) + string.Concat(result.Suggestions.Select(s => s.Offer.Text(question.Language).Title))
                    : texts.Get(question.Language, "questions.nothing_fits");
                if (round >= 0)
                {
                    // The first rounds let the JIT finish, as in a bot that has been running for a while.
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    answered += answer.Length > 0 ? 1 : 0;
                }
            }
        }

        var seconds = latencies.Sum() / 1000;
        latencies.Sort();
        Console.WriteLine($"Offline answer (search + card), one at a time: {answered} answers in {seconds:F2} s of answering");
        Console.WriteLine($"  questions answered per second: {answered / seconds:F0}");
        Console.WriteLine($"  latency: p50 {Percentile(latencies, 0.50):F3} ms, p99 {Percentile(latencies, 0.99):F3} ms, max {latencies[^1]:F3} ms");
    }

    /// <summary>Users at the menu type a question each: whole turns with the flows, the engine's lock and the data file.</summary>
    private static async Task TurnsAsync(IServiceProvider services, IReadOnlyList<EvaluationQuestion> questions, int users)
    {
        var engine = services.GetRequiredService<DialogEngine>();
        var texts = services.GetRequiredService<TextCatalog>();
        for (var user = 0; user < users; user++)
        {
            // Onboarding is not measured: /start, keep the language, agree.
            var language = questions[user % questions.Count].Language;
            var reply = await SendAsync(engine, user, language, "/start");
            reply = await PressAsync(engine, user, language, reply, texts.Get(language, "onboarding.keep_language"));
            await PressAsync(engine, user, language, reply, texts.Get(language, "onboarding.agree"));
        }

        var latencies = new List<double>(users);
        var clock = Stopwatch.StartNew();
        for (var user = 0; user < users; user++)
        {
            var question = questions[user % questions.Count];
            var started = Stopwatch.GetTimestamp();
            await SendAsync(engine, user, question.Language, question.Question);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        Console.WriteLine($"Whole turns through the dialog engine (LiteDB data file), one at a time: {users} questions in {seconds:F2} s");
        Console.WriteLine($"  questions answered per second: {users / seconds:F0}");
        Console.WriteLine($"  question to answer: p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
    }

    private static async Task<TurnResult> SendAsync(DialogEngine engine, long user, string language, string text) =>
        await engine.HandleAsync(new IncomingMessage { UserId = 800_000 + user, Text = text, ClientLanguage = language }, CancellationToken.None);

    private static async Task<TurnResult> PressAsync(DialogEngine engine, long user, string language, TurnResult last, string label)
    {
        var button = last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Last(b => b.Label == label);
        return await engine.HandleAsync(new IncomingMessage { UserId = 800_000 + user, ButtonPayload = button.Payload, ClientLanguage = language }, CancellationToken.None);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Round(p * (sorted.Count - 1))];

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
