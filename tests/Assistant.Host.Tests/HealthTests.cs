using System.Net;

namespace Assistant.Host.Tests;

/// <summary>Liveness says the process answers; readiness says the store takes writes and the channel reaches users.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Live_and_ready_answer_ok_on_a_working_bot_and_health_is_readiness()
    {
        using var temp = new TempFolder();
        await using var bot = await BotProcess.StartAsync(temp.Path, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = temp.File("a.db") });

        var live = await bot.GetAsync("/health/live");
        var ready = await bot.GetAsync("/health/ready");
        var health = await bot.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Contains("store: Healthy", ready.Body, StringComparison.Ordinal);
        Assert.Equal(ready, health);
    }

    [Fact]
    public async Task When_polling_the_health_endpoints_listen_on_Health_Urls_and_an_unreachable_Bot_API_is_not_ready()
    {
        using var temp = new TempFolder();
        var nobody = $"http://127.0.0.1:{BotProcess.FreePort()}";
        await using var bot = await BotProcess.StartAsync(temp.Path, new Dictionary<string, string?>
        {
            ["Storage__LiteDb__Path"] = temp.File("a.db"),
            ["Telegram__BotToken"] = "123456:opsTestTokenSecretPartThatIsLongEnough",
            ["Telegram__ApiBaseUrl"] = nobody,
            ["LocalChat__Url"] = null,
        });

        var live = await bot.GetAsync("/health/live");
        var ready = await bot.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains("channel: Unhealthy", ready.Body, StringComparison.Ordinal);
        Assert.Contains("store: Healthy", ready.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("opsTestTokenSecretPartThatIsLongEnough", bot.StandardOutput + bot.StandardError + ready.Body, StringComparison.Ordinal);
    }
}
