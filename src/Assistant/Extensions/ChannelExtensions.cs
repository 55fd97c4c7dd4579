using Assistant.Core.Hosting;
using Assistant.LocalChat;
using Assistant.Storage.PostgreSql;
using Assistant.Telegram;
using Assistant.Telegram.Receiving;

namespace Assistant.Extensions;

/// <summary>Chooses how users reach the bot: Telegram when a token is configured, otherwise the local chat.</summary>
internal static class ChannelExtensions
{
    public static void AddChannel(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.IsTelegramConfigured())
        {
            // The web server serves the health endpoints and, in webhook mode, the webhook, on "Urls";
            // when polling, on Health:Urls (loopback by default), not on ASP.NET's default localhost:5000.
            if (!builder.Configuration.IsWebhookMode() && StorageExtensions.ProviderOf(builder.Configuration) == StorageProvider.PostgreSql)
            {
                // Several instances may share the database: only the one holding its lock polls Telegram.
                builder.Services.AddPostgreSqlPollingLead();
                builder.Services.AddSingleton<IPollingLead>(sp => new DatabasePollingLead(sp.GetRequiredService<PostgreSqlLeaderLock>()));
            }

            builder.Services.AddTelegramChannel(builder.Configuration);
            builder.Services.AddSingleton<IChannelHealth, TelegramReachability>();
            if (!builder.Configuration.IsWebhookMode())
            {
                builder.WebHost.UseUrls(ListenSetting(builder.Configuration).Value);
            }

            // Telegram's staff chats are configuration: say at start which the features miss.
            builder.Services.AddHostedService<StaffChatsCheck>();
            return;
        }

        // Kept in the data file; on PostgreSQL (a trial against a database) the staff view keeps them in memory.
        if (StorageExtensions.ProviderOf(builder.Configuration) == StorageProvider.LiteDb)
        {
            builder.Services.AddSingleton<ILocalStaffPostStore, LiteDbLocalStaffPosts>();
        }

        builder.Services.AddLocalChat(builder.Configuration);
        builder.WebHost.UseUrls(ListenSetting(builder.Configuration).Value);
    }

    /// <summary>The setting that says where the web server listens, and its value: named when the address is taken.</summary>
    public static (string Key, string Value) ListenSetting(IConfiguration configuration)
    {
        if (!configuration.IsTelegramConfigured())
        {
            var key = $"{LocalChatOptions.Section}:Url";
            return (key, configuration[key] ?? new LocalChatOptions().Url);
        }

        if (configuration.IsWebhookMode())
        {
            return ("Urls", configuration["Urls"] ?? "http://localhost:5000");
        }

        // Polling: Health:Urls; else ASP.NET's own "Urls" if set (a container's ASPNETCORE_URLS); else loopback 5081.
        var health = $"{HealthOptions.Section}:{nameof(HealthOptions.Urls)}";
        return configuration[health] is { Length: > 0 } urls ? (health, urls)
            : configuration["Urls"] is { Length: > 0 } aspNet ? ("Urls", aspNet)
            : (health, new HealthOptions().Urls);
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

/// <summary>The polling lead of instances sharing a PostgreSQL database: whoever holds its lock.</summary>
internal sealed class DatabasePollingLead(PostgreSqlLeaderLock leaderLock) : IPollingLead
{
    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken) => leaderLock.WaitForLeadershipAsync(cancellationToken);
}
