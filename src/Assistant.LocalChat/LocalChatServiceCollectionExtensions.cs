using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.AddSingleton<LocalConversationLog>();
        services.AddSingleton<LocalMessenger>();
        services.AddSingleton<IUserMessenger>(sp => sp.GetRequiredService<LocalMessenger>());
        services.AddSingleton<ConsoleChat>();
        // No links to click here: an invitation is the /start command to type into the page or console.
        services.AddSingleton<IDeepLinks, StartCommandLinks>();
        // The host keeps the staff view's posts in the data file; without it they live as long as the process.
        services.TryAddSingleton<ILocalStaffPostStore, InMemoryLocalStaffPostStore>();
        services.AddSingleton<LocalStaffChats>();
        services.AddSingleton<IStaffChats>(sp => sp.GetRequiredService<LocalStaffChats>());
        return services;
    }
}
