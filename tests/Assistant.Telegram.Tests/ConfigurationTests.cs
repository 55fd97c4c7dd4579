using Microsoft.Extensions.Options;

namespace Assistant.Telegram.Tests;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Telegram:BotToken", "not-a-token", "Telegram:BotToken")]
    [InlineData("Telegram:Mode", "Webhook", "Telegram:WebhookUrl")]
    [InlineData("Telegram:Mode", "Webhook", "Telegram:WebhookSecret")]
    [InlineData("Telegram:Sending:GlobalPerSecond", "0", "Telegram:Sending:GlobalPerSecond")]
    [InlineData("Telegram:BotUsername", "@assistant_bot", "Telegram:BotUsername")]
    public async Task Bad_setting_stops_the_start_with_a_sentence_naming_the_key(string key, string value, string named)
    {
        await using var fake = await Fakes.FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-telegram-").FullName;
        try
        {
            // The webhook's path comes from its settings, so a bad webhook setting already stops the build.
            var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
            {
                await using var app = TelegramTestHost.Build(fake, folder, new Dictionary<string, string?> { [key] = value });
                await app.StartAsync();
            });

            Assert.Contains(named, error.Message, StringComparison.Ordinal);
            Assert.Empty(fake.Calls);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_token_the_local_chat_runs()
    {
        await using var fake = await Fakes.FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-telegram-").FullName;
        try
        {
            await using var app = TelegramTestHost.Build(fake, folder, new Dictionary<string, string?> { ["Telegram:BotToken"] = "" });

            Assert.IsNotType<Sending.TelegramMessenger>(app.Services.GetRequiredService<Core.Conversations.IUserMessenger>());
            Assert.Null(app.Services.GetService<Sending.OutboundQueue>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
