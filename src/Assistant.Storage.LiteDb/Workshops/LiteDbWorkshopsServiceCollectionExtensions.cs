using Assistant.Storage.LiteDb.Workshops;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.LiteDb;

public static class LiteDbWorkshopsServiceCollectionExtensions
{
    /// <summary>Workshop registrations and appointments in the LiteDB file of <see cref="LiteDbServiceCollectionExtensions.AddLiteDbStorage"/>.</summary>
    public static IServiceCollection AddLiteDbWorkshopStores(this IServiceCollection services)
    {
        services.AddSingleton<IRegistrationStore, LiteDbRegistrationStore>();
        services.AddSingleton<IAppointmentStore, LiteDbAppointmentStore>();
        return services;
    }
}
