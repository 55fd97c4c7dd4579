using System.Net;
using System.Text;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class WebhookTests
{
    private const long User = 8101;
    private const string Secret = "s3cret-Token_for-tests";

    private static readonly Dictionary<string, string?> WebhookSettings = new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
    };

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task Webhook_request_with_a_wrong_or_missing_secret_is_refused_and_does_nothing(string? secret)
    {
        await using var host = await StartAsync(WebhookSettings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var refused = await PostAsync(http, host.Fake.TextUpdate(User, "/start", "de"), 1, secret);
        var accepted = await PostAsync(http, host.Fake.TextUpdate(User, "/menu", "de"), 2, Secret);
        await host.MessagesAsync(User, 1);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        Assert.Equal(HttpStatusCode.OK, accepted);
        // Only the accepted /menu was handled; the refused /start would have sent the welcome first.
        Assert.Equal([T("de", "menu.prompt")], host.Fake.TextsTo(User));
    }

    [Fact]
    public async Task Unreadable_update_is_acknowledged_so_Telegram_moves_on_and_the_next_one_is_handled()
    {
        await using var host = await StartAsync(WebhookSettings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var unreadable = new System.Text.Json.Nodes.JsonObject { ["message"] = new System.Text.Json.Nodes.JsonObject { ["message_id"] = "seven", ["text"] = "hi" } };

        var skipped = await PostAsync(http, unreadable, 1, Secret);
        var handled = await PostAsync(http, host.Fake.TextUpdate(User, "/menu", "de"), 2, Secret);
        await host.MessagesAsync(User, 1);

        // Refusing it would make Telegram send it again and again, and it would never become readable.
        Assert.Equal(HttpStatusCode.OK, skipped);
        Assert.Equal(HttpStatusCode.OK, handled);
        Assert.Equal([T("de", "menu.prompt")], host.Fake.TextsTo(User));
    }

    [Fact]
    public async Task Webhook_mode_registers_the_address_and_secret_and_does_not_poll()
    {
        await using var host = await StartAsync(WebhookSettings);

        await host.Fake.WaitUntilAsync(f => f.CallsOf("setWebhook").Count == 1, what: "setWebhook");

        var call = host.Fake.CallsOf("setWebhook")[0];
        Assert.Equal("https://bot.example.org/telegram/hook", call.Parameters["url"]!.ToString());
        Assert.Equal(Secret, call.Parameters["secret_token"]!.ToString());
        Assert.Empty(host.Fake.CallsOf("getUpdates"));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, System.Text.Json.Nodes.JsonObject update, int updateId, string? secret)
    {
        update["update_id"] = updateId;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
