using Assistant.Bench.Throughput;

namespace Assistant.Telegram.Tests;

/// <summary>
/// The throughput benchmark in its quick setting, so it keeps working: the built bot in its own process,
/// 50 chats, 500 updates. Its speed is not judged here (that is for bench/), only that every update was
/// answered, none twice.
/// </summary>
public sealed class ThroughputBenchmarkTests
{
    [Fact]
    public async Task Quick_throughput_run_answers_every_update_once()
    {
        using var output = new StringWriter();

        var result = await ThroughputBenchmark.MeasureAsync(chats: 50, updates: 500, output);

        Assert.Equal(500, result.Updates);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Twice);
        Assert.True(result.MessagesPerUpdate >= 1, output.ToString());
        Assert.Contains("lost: 0; answered twice: 0", output.ToString(), StringComparison.Ordinal);
    }
}
