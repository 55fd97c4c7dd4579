using Assistant.Indicators.Ledger;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.PostgreSql.Features;

public static class PostgreSqlFeatureStoresExtensions
{
    /// <summary>Newsletter subscriptions, newsletters and their deliveries in the PostgreSQL database of <c>AddPostgreSqlStorage</c>.</summary>
    public static IServiceCollection AddPostgreSqlNewsletterStores(this IServiceCollection services)
    {
        services.AddSingleton<ISubscriptionStore, PostgreSqlSubscriptionStore>();
        services.AddSingleton<INewsletterStore, PostgreSqlNewsletterStore>();
        return services;
    }

    /// <summary>The anonymous indicator ledger in the PostgreSQL database of <c>AddPostgreSqlStorage</c>.</summary>
    public static IServiceCollection AddPostgreSqlIndicatorStores(this IServiceCollection services)
    {
        services.AddSingleton<ILedgerStore, PostgreSqlLedgerStore>();
        return services;
    }
}
