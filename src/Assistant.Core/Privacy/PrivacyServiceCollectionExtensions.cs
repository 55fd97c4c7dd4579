using Assistant.Core.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Retention periods (<c>Retention</c>) and the daily job that applies them.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IRetentionPolicy, InactiveUsersPolicy>();
        services.AddSingleton<RetentionJob>();
        services.AddSingleton<IJobHandler>(sp => sp.GetRequiredService<RetentionJob>());
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        return services;
    }
}
