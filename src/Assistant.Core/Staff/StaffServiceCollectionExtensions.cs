using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Core.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>Who is staff, with which roles (admins from <c>Staff:Admins</c>).</summary>
    public static IServiceCollection AddStaffDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section)).ValidateOnStart();
        services.AddSingleton<StaffDirectory>();
        return services;
    }
}
