using Assistant.Bench.Offers;
using Assistant.Bench.Telegram;
using Assistant.Bench.Throughput;

// One verb per benchmark; each prints its figures to standard output.
return args switch
{
    ["telegram", .. var rest] => await TelegramBenchmark.RunAsync(rest),
    ["offers", .. var rest] => await OffersBenchmark.RunAsync(rest),
    ["indicators", .. var rest] => await Assistant.Bench.Indicators.IndicatorsBenchmark.RunAsync(rest),
    ["throughput", .. var rest] => await ThroughputBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Assistant.Bench -- <verb> [options]");
    Console.Error.WriteLine("  telegram [--users 1000] [--concurrency 100] [--proactive 3000]");
    Console.Error.WriteLine("      Conversations through the fake Bot API (updates/s, p50/p99 update to reply),");
    Console.Error.WriteLine("      then proactive messages due at once against a fake that allows 30 sends/s.");
    Console.Error.WriteLine("  offers [--questions tests/Assistant.Offers.Tests/questions.yaml] [--rounds 20] [--users 200]");
    Console.Error.WriteLine("      The offline answer to typed questions (answers/s, p50/p99), then whole turns through the engine.");
    Console.Error.WriteLine("  throughput [--chats 1000] [--updates 20000] [--host path/to/Assistant.dll]");
    Console.Error.WriteLine("      The built bot in its own process: full turns from many chats at once (updates/s, p50/p99,");
    Console.Error.WriteLine("      CPU ms per update, max RSS, lost/twice), and its start to the first reply.");
    return 2;
}
