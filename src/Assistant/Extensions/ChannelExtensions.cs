using Assistant.LocalChat;

namespace Assistant.Extensions;

/// <summary>Chooses how users reach the bot: Telegram when a token is configured, otherwise the local chat.</summary>
internal static class ChannelExtensions
{
    public static void AddChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalChat(builder.Configuration);
        var url = builder.Configuration[$"{LocalChatOptions.Section}:Url"] ?? new LocalChatOptions().Url;
        builder.WebHost.UseUrls(url);
    }

    public static void MapChannel(this WebApplication app)
    {
        app.MapLocalChat();
    }
}
