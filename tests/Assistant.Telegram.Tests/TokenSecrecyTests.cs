using Assistant.Telegram.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// The bot token is in every Bot API URL, and whoever reads it can take over the bot: it must appear in no
/// log line, at any level, and in no exception text, also when Telegram refuses a call or the network fails.
/// </summary>
public sealed class TokenSecrecyTests
{
    private const long User = 7501;

    [Fact]
    public async Task A_conversation_with_refusals_and_network_failures_logged_at_trace_never_shows_the_token()
    {
        var logs = new FakeLogCollector();
        var everything = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        };
        await using var host = await StartAsync(everything, configure: b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddProvider(new FakeLoggerProvider(logs));
        });
        var fake = host.Fake;
        var polls = 0;
        var sends = 0;
        fake.FailWith = call => call.Method switch
        {
            // A cut connection while polling, then Telegram failing and the network failing while sending.
            "getUpdates" when Interlocked.Increment(ref polls) == 3 => FakeFailure.ConnectionLost,
            "sendMessage" => Interlocked.Increment(ref sends) switch
            {
                2 => FakeFailure.ServerError,
                4 => FakeFailure.ConnectionLost,
                _ => null,
            },
            "answerCallbackQuery" => new FakeFailure(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"),
            _ => null,
        };

        var user = new ChatUser(fake, User, "de");
        await user.OnboardAsync();
        await user.SayAsync("Wo kann ich Deutsch lernen?", _ => true, "an answer to the question");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        var records = logs.GetSnapshot();
        // The failures happened and were logged, and logging really ran at Trace: otherwise this test proves nothing.
        Assert.Contains(fake.Calls, c => c.Method == "getUpdates" && c.StatusCode == 0);
        Assert.Contains(fake.Calls, c => c.Method == "sendMessage" && c.StatusCode == 500);
        Assert.Contains(records, r => r.Message.StartsWith("Getting updates failed", StringComparison.Ordinal));
        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.Telegram.ClientHandler").IsEnabled(LogLevel.Trace));
        Assert.Contains(records, r => r.Level == LogLevel.Debug);
        var secret = fake.Token[(fake.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.All(records, r =>
        {
            // The secret part alone: it covers the token as written and URL-encoded (the colon as %3A).
            Assert.DoesNotContain(secret, r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, r.Exception?.ToString() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(secret, string.Join(" ", r.StructuredState?.Select(p => p.Value) ?? []), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, string.Join(" ", r.Scopes.Select(s => s?.ToString())), StringComparison.Ordinal);
        });
    }
}
