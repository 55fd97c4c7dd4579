using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Core.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>Who is staff, with which roles (admins from <c>Staff:Admins</c>), and the router for staff chats.</summary>
    public static IServiceCollection AddStaffDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>()
            .Bind(configuration.GetSection(StaffOptions.Section))
            .Validate(o => Localization.Languages.IsSupported(o.Language), $"{StaffOptions.Section}:Language must be one of de, en, ar, tr, uk, ru, fa.")
            .ValidateOnStart();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<IStaffChatHandler, StaffChatRouter>();
        services.AddSingleton<StaffChatMembership>();
        return services;
    }
}
