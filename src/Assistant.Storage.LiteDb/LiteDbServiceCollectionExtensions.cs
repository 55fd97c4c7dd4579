using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Storage.LiteDb.Handoff;
using Assistant.Storage.LiteDb.Volunteers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Storage.LiteDb;

public static class LiteDbServiceCollectionExtensions
{
    /// <summary>Stores everything in one LiteDB file (<c>Storage:LiteDb:Path</c>).</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiteDbOptions>()
            .Bind(configuration.GetSection(LiteDbOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IDataFileOpener, DataFileOpener>();
        services.AddSingleton<AssistantDatabase>();
        services.AddHostedService<OpenDatabaseAtStart>();
        services.AddSingleton<IConversationStore, LiteDbConversationStore>();
        services.AddSingleton<IUserProfileStore, LiteDbUserProfileStore>();
        services.AddSingleton<IScheduledJobStore, LiteDbScheduledJobStore>();
        services.AddSingleton<IStaffStore, LiteDbStaffStore>();
        services.AddSingleton<LiteDbProcessedUpdates>();
        services.AddSingleton<IProcessedUpdates>(sp => sp.GetRequiredService<LiteDbProcessedUpdates>());
        services.AddSingleton<IOutbox, LiteDbOutbox>();
        services.AddSingleton<ITurnStore, LiteDbTurnStore>();
        services.AddLiteDbVolunteerStores();
        services.AddLiteDbHandoffStores();
        return services;
    }
}
