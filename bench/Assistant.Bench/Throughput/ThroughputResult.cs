using System.Globalization;

namespace Assistant.Bench.Throughput;

/// <summary>The figures of one throughput run; <see cref="Lost"/> and <see cref="Twice"/> must be 0 whatever the speed.</summary>
/// <param name="CpuMillisecondsPerUpdate">The bot process's CPU time during the run, divided by the updates.</param>
/// <param name="FakeCpuMillisecondsPerUpdate">The same for the fake Bot API and the simulated users (this process).</param>
/// <param name="PeakWorkingSetBytes">The bot process's peak resident memory, start-up included.</param>
/// <param name="Lost">Updates whose answers did not all arrive within two minutes.</param>
/// <param name="Twice">Chats that got more messages than their conversation has: a turn carried out twice.</param>
internal sealed record ThroughputResult(
    int Chats,
    int Updates,
    double UpdatesPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    double CpuMillisecondsPerUpdate,
    double FakeCpuMillisecondsPerUpdate,
    long PeakWorkingSetBytes,
    double MessagesPerUpdate,
    int Lost,
    int Twice,
    TimeSpan ColdStart,
    string LoadAverage)
{
    public void Print(TextWriter output, double seconds)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Full turns (load average {LoadAverage}): {Chats} chats at once, {Updates} updates in {seconds:F1} s, de/ar/uk/fa, sending limits lifted"));
        output.WriteLine(string.Create(c, $"  updates handled per second: {UpdatesPerSecond:F0}"));
        output.WriteLine(string.Create(c, $"  update to first reply: p50 {P50Milliseconds:F1} ms, p99 {P99Milliseconds:F1} ms"));
        output.WriteLine(string.Create(c, $"  CPU per update: {CpuMillisecondsPerUpdate:F2} ms in the bot ({FakeCpuMillisecondsPerUpdate:F2} ms in the fake and the users)"));
        output.WriteLine(string.Create(c, $"  peak memory of the bot (max RSS): {PeakWorkingSetBytes / (1024.0 * 1024.0):F0} MB"));
        output.WriteLine(string.Create(c, $"  messages sent per update: {MessagesPerUpdate:F2}"));
        output.WriteLine(string.Create(c, $"  lost: {Lost}; answered twice: {Twice}"));
        output.WriteLine(string.Create(c, $"  cold start (process start to first reply): {ColdStart.TotalSeconds:F2} s"));
    }
}
