using Assistant.Core.Staff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Telegram.Staff;

public static class StaffChatsServiceCollectionExtensions
{
    /// <summary>Staff supergroups (<c>Telegram:StaffChats</c>): posting tickets into topics, and receiving what staff write there.</summary>
    public static IServiceCollection AddTelegramStaffChats(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffChatsOptions>()
            .Bind(configuration.GetSection(StaffChatsOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffChatsOptions>, StaffChatsOptionsValidator>();
        services.AddSingleton<TelegramStaffChats>();
        services.AddSingleton<IStaffChats>(sp => sp.GetRequiredService<TelegramStaffChats>());
        services.AddSingleton<StaffChatReceiver>();
        return services;
    }

    private sealed class StaffChatsOptionsValidator : IValidateOptions<StaffChatsOptions>
    {
        public ValidateOptionsResult Validate(string? name, StaffChatsOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
