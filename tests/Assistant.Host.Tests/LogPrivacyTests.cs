using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Assistant.Host.Tests;

/// <summary>Logs at Information and above never hold what people wrote, their names or phone numbers.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task A_whole_conversation_leaves_no_text_name_or_phone_number_in_the_logs()
    {
        using var temp = new TempFolder();
        var logs = new FakeLogCollector();
        await using var host = await TestHost.StartAsync(
            temp.File("a.db"),
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Dialogs:MaxMessagesPerMinute"] = "5" },
            b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        string[] secrets = ["Zeynep Secretname", "+49 171 5550123", "Mein Vermieter hat mich beleidigt"];

        await http.PostAsJsonAsync("/api/chat/21", new { text = "/start", language = "de", name = secrets[0] });
        foreach (var text in secrets.Concat(Enumerable.Repeat(secrets[2], 6)))
        {
            await http.PostAsJsonAsync("/api/chat/21", new { text, name = secrets[0] });
        }

        var visible = logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information).ToList();
        Assert.NotEmpty(logs.GetSnapshot());
        Assert.Contains(visible, r => r.Message.Contains("messages in a minute", StringComparison.Ordinal));
        foreach (var record in visible)
        {
            Assert.All(secrets, s => Assert.DoesNotContain(s, record.Message, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("5550123", record.Message, StringComparison.Ordinal);
        }
    }
}
