using Assistant.LocalChat;
using Assistant.Telegram;

namespace Assistant.Extensions;

/// <summary>Chooses how users reach the bot: Telegram when a token is configured, otherwise the local chat.</summary>
internal static class ChannelExtensions
{
    public static void AddChannel(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.IsTelegramConfigured())
        {
            // The web server only serves /health and, in webhook mode, the webhook; "Urls" sets where it listens.
            builder.Services.AddTelegramChannel(builder.Configuration);
            // Telegram's staff chats are configuration: say at start which the features miss.
            builder.Services.AddHostedService<StaffChatsCheck>();
            return;
        }

        builder.Services.AddLocalChat(builder.Configuration);
        var url = builder.Configuration[$"{LocalChatOptions.Section}:Url"] ?? new LocalChatOptions().Url;
        builder.WebHost.UseUrls(url);
    }

    public static void MapChannel(this WebApplication app)
    {
        if (!app.Configuration.IsTelegramConfigured())
        {
            app.MapLocalChat();
        }
        else if (app.Configuration.IsWebhookMode())
        {
            app.MapTelegramWebhook();
        }
    }
}
