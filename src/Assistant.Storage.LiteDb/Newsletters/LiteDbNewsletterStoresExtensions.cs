using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.LiteDb.Newsletters;

public static class LiteDbNewsletterStoresExtensions
{
    /// <summary>Newsletter subscriptions, newsletters and their deliveries in the one data file.</summary>
    public static IServiceCollection AddLiteDbNewsletterStores(this IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
        services.AddSingleton<INewsletterStore, LiteDbNewsletterStore>();
        return services;
    }
}
