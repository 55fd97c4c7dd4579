using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The job scheduler as a hosted service; features add <see cref="IJobHandler"/>s.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => TryFindZone(o.TimeZone), $"{SchedulingOptions.Section}:TimeZone is not a known time zone (for example Europe/Berlin).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new JobScheduler(
            sp.GetRequiredService<IScheduledJobStore>(),
            () => sp.GetServices<IJobHandler>(),
            sp.GetRequiredService<Storage.ITurnStore>(),
            sp.GetRequiredService<Storage.OutboxFeed>(),
            sp.GetRequiredService<IOptions<SchedulingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<JobScheduler>>()));
        services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        return services;
    }

    private static bool TryFindZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
