using System.Diagnostics;
using Assistant.Telegram.Fakes;

namespace Assistant.Bench.Throughput;

/// <summary>
/// Issue #18's comparison: the real bot, built as shipped and in a process of its own, polls the fake Bot
/// API on 127.0.0.1 while many chats talk to it at once, each sending its next message when the answer to
/// the last is there. Prints updates/s, update → first reply, the bot's CPU per update and peak memory,
/// messages sent per update, updates lost or answered twice, and the time from start to the first reply.
/// </summary>
internal static class ThroughputBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var chats = Options.Int(args, "--chats", 1000);
        var updates = Options.Int(args, "--updates", 20_000);
        var host = Options.Text(args, "--host", Path.Combine(AppContext.BaseDirectory, "Assistant.dll"));
        var result = await MeasureAsync(chats, updates, Console.Out, host);
        return result.Lost == 0 && result.Twice == 0 ? 0 : 1;
    }

    /// <param name="hostDll">The bot to run: the one built beside the benchmark, or a published one (ReadyToRun, say).</param>
    public static async Task<ThroughputResult> MeasureAsync(int chats, int updates, TextWriter output, string? hostDll = null)
    {
        var perChat = Math.Max(2, updates / Math.Max(1, chats));
        var scripts = Workload.Scripts(perChat);
        output.WriteLine($"Throughput benchmark on {Machine.Describe()}, load average {Machine.LoadAverage()}");

        await using var fake = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-bench-throughput-").FullName;
        try
        {
            // Cold start: the first user's /start is waiting before the bot's process exists.
            fake.SendText(1, "/start", "de");
            var sinceStart = Stopwatch.StartNew();
            await using var host = HostProcess.Start(fake, folder, hostDll ?? Path.Combine(AppContext.BaseDirectory, "Assistant.dll"));
            await WaitForFirstReplyAsync(fake, host);
            var coldStart = sinceStart.Elapsed;

            // Twice per language, not measured: first to compile the paths, then to count each step's replies.
            await Task.WhenAll(scripts.Select((s, i) => Workload.CountRepliesAsync(fake, 10 + i, s)));
            var counts = await Task.WhenAll(scripts.Select((s, i) => Workload.CountRepliesAsync(fake, 20 + i, s)));

            // Then a crowd, not measured either: the runtime recompiles hot code in the background for a while,
            // and that compiling would be counted as the bot's CPU time per update.
            var warmUp = Enumerable.Range(0, Math.Min(chats, 200)).Select(i => 2_000_000L + i).ToList();
            await Task.WhenAll(warmUp.Select((u, i) =>
                ConverseAsync(fake, u, scripts[i % scripts.Count], Cumulative(counts[i % scripts.Count]), [])));

            var users = Enumerable.Range(0, chats).Select(i => 1_000_000L + i).ToList();
            var pushed = users.ToDictionary(u => u, _ => new List<int>(perChat));
            var loadBefore = Machine.LoadAverage();
            var hostCpu = host.CpuTime;
            var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var unanswered = await Task.WhenAll(users.Select((u, i) =>
                ConverseAsync(fake, u, scripts[i % scripts.Count], Cumulative(counts[i % scripts.Count]), pushed[u])));
            var seconds = clock.Elapsed.TotalSeconds;
            hostCpu = host.CpuTime - hostCpu;
            benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchCpu;

            // A turn carried out twice would show as messages beyond the expected ones, arriving late.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var sends = users.ToDictionary(u => u, u => fake.CallsAbout(u).Where(c => c.Method == "sendMessage" && c.Succeeded).ToList());
            // The counting chats' totals, read only now, include any message of theirs that came late.
            var expected = scripts.Select((_, i) => fake.MessagesTo(20 + i).Count).ToList();
            var twice = users.Count(u => sends[u].Count > expected[(int)(u - 1_000_000L) % scripts.Count]);
            var latencies = Latencies(fake, pushed, sends);
            var handled = pushed.Values.Sum(p => p.Count);
            var result = new ThroughputResult(
                Chats: chats,
                Updates: handled,
                UpdatesPerSecond: handled / seconds,
                P50Milliseconds: Percentile(latencies, 0.50),
                P99Milliseconds: Percentile(latencies, 0.99),
                CpuMillisecondsPerUpdate: hostCpu.TotalMilliseconds / handled,
                FakeCpuMillisecondsPerUpdate: benchCpu.TotalMilliseconds / handled,
                PeakWorkingSetBytes: host.PeakWorkingSet,
                MessagesPerUpdate: (double)sends.Values.Sum(s => s.Count) / handled,
                Lost: unanswered.Sum(),
                Twice: twice,
                ColdStart: coldStart,
                LoadAverage: $"{loadBefore} before, {Machine.LoadAverage()} after");
            result.Print(output, seconds);
            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Plays the script, each message sent when all answers to the one before have arrived; returns the steps left unanswered.</summary>
    private static async Task<int> ConverseAsync(FakeBotApi fake, long user, Script script, int[] expected, List<int> pushed)
    {
        await Task.Yield();
        for (var step = 0; step < script.Texts.Count; step++)
        {
            pushed.Add(fake.SendText(user, script.Texts[step], script.Language));
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await fake.WaitForMessagesAsync(user, expected[step], patience.Token);
            }
            catch (OperationCanceledException)
            {
                return script.Texts.Count - step;
            }
        }

        return 0;
    }

    private static async Task WaitForFirstReplyAsync(FakeBotApi fake, HostProcess host)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var reply = fake.WaitForMessagesAsync(1, 1, patience.Token);
        while (!reply.IsCompleted)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The bot ended before its first reply: {host.Errors}");
            }

            await Task.WhenAny(reply, Task.Delay(100));
        }

        await reply;
    }

    /// <summary>Update → first reply: each update waited for the answers to the one before, so the first send after it is its own.</summary>
    private static List<double> Latencies(FakeBotApi fake, Dictionary<long, List<int>> pushed, Dictionary<long, List<ApiCall>> sends)
    {
        var latencies = new List<double>(pushed.Values.Sum(p => p.Count));
        foreach (var (user, ids) in pushed)
        {
            foreach (var id in ids)
            {
                var at = fake.PushedAt(id);
                if (sends[user].FirstOrDefault(c => c.Timestamp >= at) is { } reply)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(at, reply.Timestamp).TotalMilliseconds);
                }
            }
        }

        latencies.Sort();
        return latencies;
    }

    private static int[] Cumulative(int[] counts)
    {
        var sum = 0;
        return counts.Select(c => sum += c).ToArray();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Round(p * (sorted.Count - 1))];
}
