using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.LocalChat;

public static class LocalChatServiceCollectionExtensions
{
    /// <summary>The local chat: web page, console chat, and proactive messages kept for the page.</summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LocalChatOptions>()
            .Bind(configuration.GetSection(LocalChatOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LocalMessenger>();
        services.AddSingleton<IUserMessenger>(sp => sp.GetRequiredService<LocalMessenger>());
        services.AddSingleton<ConsoleChat>();
        services.AddSingleton<LocalStaffChats>();
        services.AddSingleton<IStaffChats>(sp => sp.GetRequiredService<LocalStaffChats>());
        return services;
    }
}
