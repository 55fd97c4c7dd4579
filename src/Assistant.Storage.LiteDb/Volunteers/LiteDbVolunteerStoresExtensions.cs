using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.LiteDb.Volunteers;

public static class LiteDbVolunteerStoresExtensions
{
    /// <summary>Invitations, volunteers, shifts and sign-ups in the one data file.</summary>
    public static IServiceCollection AddLiteDbVolunteerStores(this IServiceCollection services)
    {
        services.AddSingleton<IInviteStore, LiteDbInviteStore>();
        services.AddSingleton<IVolunteerStore, LiteDbVolunteerStore>();
        services.AddSingleton<IShiftStore, LiteDbShiftStore>();
        services.AddSingleton<ISignupStore, LiteDbSignupStore>();
        return services;
    }
}
