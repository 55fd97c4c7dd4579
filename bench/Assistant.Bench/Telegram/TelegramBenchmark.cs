using System.Diagnostics;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Telegram.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Bench.Telegram;

/// <summary>
/// Two measurements through the real host, the real TelegramBotClient and the fake Bot API on 127.0.0.1:
/// conversations (updates handled per second, time from update to first reply), and proactive messages
/// to many users due at once against a fake that answers 429 above 30 sends per second.
/// </summary>
internal static class TelegramBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = Option(args, "--users", 1000);
        var concurrency = Option(args, "--concurrency", 100);
        var proactive = Option(args, "--proactive", 3000);
        Console.WriteLine($"Telegram benchmark on {Machine.Describe()}, load average {LoadAverage()}");

        // Few users at a time show the time a user waits; many show how much the bot can take.
        await ConversationsAsync(Math.Max(1, users / 10), Math.Max(1, concurrency / 10));
        await ConversationsAsync(users, concurrency);
        return await ProactiveBurstAsync(proactive) ? 0 : 1;
    }

    /// <summary>
    /// Each user: /start, one button press to agree, then /menu three times: five updates, each waited for
    /// before the next, <paramref name="concurrency"/> users at a time. Sending limits are lifted here, so
    /// the figures are the pipeline's own (receive, de-duplicate, turn, store, queue, send), not Telegram's 30/s.
    /// </summary>
    private static async Task ConversationsAsync(int users, int concurrency)
    {
        await using var host = await BenchHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Sending:GlobalPerSecond"] = "10000",
            ["Telegram:Sending:PrivateChatPerSecond"] = "1000",
            ["Telegram:Sending:PrivateChatBurst"] = "100",
        });
        var fake = host.Fake;
        var texts = host.Services.GetRequiredService<TextCatalog>();
        var latencies = new List<double>();
        using var slots = new SemaphoreSlim(concurrency);

        // Warm-up, not measured: the first turns pay for JIT compilation and opening the data file.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ConverseAsync(fake, texts, 700_000 + i)));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, users).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                var mine = await ConverseAsync(fake, texts, 900_000 + i);
                lock (latencies)
                {
                    latencies.AddRange(mine);
                }
            }
            finally
            {
                slots.Release();
            }
        }));

        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        Console.WriteLine($"Conversations (load average {LoadAverage()}): {users} users, {concurrency} at a time, {latencies.Count} updates in {seconds:F1} s, sending limits lifted");
        Console.WriteLine($"  updates handled per second: {latencies.Count / seconds:F0}");
        Console.WriteLine($"  update to first reply: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms");
    }

    private static async Task<List<double>> ConverseAsync(FakeBotApi fake, TextCatalog texts, long user)
    {
        var latencies = new List<double>(5);
        async Task StepAsync(Func<int> push, int expectedMessages)
        {
            var id = push();
            await fake.WaitForMessagesAsync(user, expectedMessages, CancellationToken.None);
            var pushedAt = fake.PushedAt(id);
            var reply = fake.CallsAbout(user).First(c => c.Timestamp >= pushedAt && c.Method is "sendMessage" or "editMessageText");
            latencies.Add(Stopwatch.GetElapsedTime(pushedAt, reply.Timestamp).TotalMilliseconds);
        }

        await StepAsync(() => fake.SendText(user, "/start", "de"), 2);
        await StepAsync(() => fake.Press(user, fake.MessagesTo(user)[1], texts.Get("de", "onboarding.agree")), 4);
        await StepAsync(() => fake.SendText(user, "/menu", "de"), 5);
        await StepAsync(() => fake.SendText(user, "/menu", "de"), 6);
        await StepAsync(() => fake.SendText(user, "/menu", "de"), 7);
        return latencies;
    }

    /// <summary>
    /// <paramref name="count"/> users each get one proactive message, all queued at the same moment, with the
    /// default sending limits, against a fake that answers 429 to any send beyond 30 in one second.
    /// </summary>
    private static async Task<bool> ProactiveBurstAsync(int count)
    {
        await using var host = await BenchHost.StartAsync([], fakeSendLimitPerSecond: 30);
        var fake = host.Fake;
        var messenger = host.Services.GetRequiredService<IUserMessenger>();
        var recipients = Enumerable.Range(0, count).Select(i => 800_000L + i).ToList();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(recipients.Select(u => messenger.SendAsync(u, [OutgoingMessage.Plain("Erinnerung: Ihr Workshop ist morgen um 10 Uhr.")], CancellationToken.None).AsTask()));
        var queued = clock.Elapsed;
        await fake.WaitUntilAsync(f => f.CallsOf("sendMessage").Count(c => c.Succeeded) >= count, TimeSpan.FromSeconds(count / 20.0 + 60), "all proactive messages");
        var done = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // anything sent twice would show up now

        var sends = fake.CallsOf("sendMessage");
        var ok = sends.Where(c => c.Succeeded).ToList();
        var tooMany = sends.Count(c => c.StatusCode == 429);
        var perUser = ok.GroupBy(c => c.ChatId).ToDictionary(g => g.Key!.Value, g => g.Count());
        var lost = recipients.Count(u => !perUser.ContainsKey(u));
        var twice = perUser.Values.Count(n => n > 1);
        var rate = count / done.TotalSeconds;
        var steady = (ok.Count - 1) / Stopwatch.GetElapsedTime(ok[0].Timestamp, ok[^1].Timestamp).TotalSeconds;

        Console.WriteLine($"Proactive burst (load average {LoadAverage()}): {count} messages to {count} users due at once, fake allows 30 sends/s");
        Console.WriteLine($"  queued in {queued.TotalMilliseconds:F0} ms; all delivered after {done.TotalSeconds:F1} s");
        Console.WriteLine($"  rate: {rate:F1} messages/s overall ({steady:F2}/s between first and last delivery)");
        Console.WriteLine($"  429 received: {tooMany}; lost: {lost}; sent twice: {twice}");
        var passed = rate >= 28 && tooMany == 0 && lost == 0 && twice == 0;
        Console.WriteLine(passed ? "  target met (>= 28/s, no 429, none lost, none twice)" : "  TARGET MISSED");
        return passed;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Round(p * (sorted.Count - 1))];

    private static int Option(string[] args, string name, int fallback) => Options.Int(args, name, fallback);

    private static string LoadAverage() => Machine.LoadAverage();
}
