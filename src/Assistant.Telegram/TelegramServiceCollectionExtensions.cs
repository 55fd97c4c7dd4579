using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using Assistant.Telegram.Buttons;
using Assistant.Telegram.Receiving;
using Assistant.Telegram.Sending;
using Assistant.Telegram.Staff;
using Assistant.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Assistant.Telegram;

public static class TelegramServiceCollectionExtensions
{
    private const string HttpClientName = "Telegram";

    /// <summary>True when <c>Telegram:BotToken</c> is set, which makes Telegram the channel.</summary>
    public static bool IsTelegramConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]);

    /// <summary>True when <c>Telegram:Mode</c> is Webhook; a misspelt mode is reported by the options check at start.</summary>
    public static bool IsWebhookMode(this IConfiguration configuration) =>
        Enum.TryParse<TelegramMode>(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Mode)}"], ignoreCase: true, out var mode)
        && mode == TelegramMode.Webhook;

    /// <summary>
    /// The Telegram channel: the Bot API client, the outbound queue (also behind <see cref="IUserMessenger"/>),
    /// deep links (<see cref="IDeepLinks"/>), the command menus, and long polling or the webhook registration, as <c>Telegram:Mode</c> says.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProcessedUpdates, InMemoryProcessedUpdates>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<OutboxFeed>();

        // One long-lived client: connections are renewed by the handler, so DNS changes still arrive.
        // Every Bot API URL holds the token: the factory's per-request log lines (System.Net.Http.HttpClient.*,
        // "Start processing HTTP request POST https://api.telegram.org/bot<token>/...") are removed for this
        // client, and exception texts that name the URL are masked.
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler(sp => new TokenRedactingHandler(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken))
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // The client's own retry on 429 would sleep inside a call; the outbound queue waits per chat instead.
            var clientOptions = new TelegramBotClientOptions(o.BotToken, o.ApiBaseUrl) { RetryCount = 0 };
            return new TelegramBotClient(clientOptions, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        });

        services.AddSingleton(sp => new CallbackData(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken));
        services.AddSingleton<OutboundMapper>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<UnreachableMarker>();
        services.AddSingleton(sp => new OutboundQueue(
            sp.GetRequiredService<OutboundMapper>(),
            sp.GetRequiredService<TelegramSender>(),
            sp.GetRequiredService<UnreachableMarker>(),
            sp.GetRequiredService<IOptions<TelegramOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<OutboundQueue>>()));
        services.AddSingleton<OutboxPump>();
        services.AddSingleton<IUserMessenger, TelegramMessenger>();
        services.AddSingleton<IChannelFiles, TelegramChannelFiles>();
        services.AddSingleton<IDeepLinks, TelegramDeepLinks>();
        services.AddSingleton<IUpdateHandler, UpdateHandler>();
        services.AddTelegramStaffChats(configuration);
        services.AddSingleton<ChatDispatcher>();
        services.AddSingleton<UpdateReader>();

        // Hosts stop services in reverse order: receiving stops first, then the queue sends what is left,
        // then the pump marks in the outbox what the queue sent.
        services.AddHostedService(sp => sp.GetRequiredService<OutboxPump>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboundQueue>());
        services.AddHostedService<CommandMenuPublisher>();
        if (IsWebhookMode(configuration))
        {
            services.AddHostedService<WebhookRegistration>();
        }
        else
        {
            // One bot alone always leads; a database shared by several instances registers its own lead first.
            services.TryAddSingleton<IPollingLead, SoleInstanceLead>();
            services.AddHostedService<UpdatePoller>();
        }

        return services;
    }

    /// <summary>Serves the webhook at the path of <c>Telegram:WebhookUrl</c>; call it in webhook mode only.</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        return endpoints.MapPost(options.WebhookPath, WebhookEndpoint.HandleAsync);
    }
}
