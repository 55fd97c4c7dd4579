using Assistant.Indicators.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.LiteDb.Indicators;

public static class LiteDbIndicatorStoresExtensions
{
    /// <summary>The anonymous indicator ledger in the one data file.</summary>
    public static IServiceCollection AddLiteDbIndicatorStores(this IServiceCollection services)
    {
        services.AddSingleton<ILedgerStore, LiteDbLedgerStore>();
        return services;
    }
}
