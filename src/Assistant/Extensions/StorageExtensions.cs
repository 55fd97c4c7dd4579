using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Indicators;
using Assistant.Storage.LiteDb.Newsletters;
using Assistant.Storage.PostgreSql;
using Assistant.Storage.PostgreSql.Features;

namespace Assistant.Extensions;

/// <summary>Where the bot keeps its data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One embedded data file (<c>Storage:LiteDb:Path</c>): one bot process per file.</summary>
    LiteDb,

    /// <summary>A PostgreSQL database (<c>Storage:PostgreSql:ConnectionString</c>), which several instances can share.</summary>
    PostgreSql,
}

public static class StorageExtensions
{
    public const string ProviderKey = "Storage:Provider";

    /// <summary>The chosen provider; LiteDb when none is set.</summary>
    public static StorageProvider ProviderOf(IConfiguration configuration) => configuration[ProviderKey] switch
    {
        null or "" => StorageProvider.LiteDb,
        var value when Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
        var value => throw new StartupRefusedException($"{ProviderKey} is '{value}', but must be LiteDb or PostgreSql."),
    };

    /// <summary>Every store of the core and the features, on the chosen provider.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        if (ProviderOf(configuration) == StorageProvider.PostgreSql)
        {
            return services.AddPostgreSqlStorage(configuration).AddPostgreSqlNewsletterStores().AddPostgreSqlIndicatorStores();
        }

        return services.AddLiteDbStorage(configuration).AddLiteDbWorkshopStores().AddLiteDbNewsletterStores().AddLiteDbIndicatorStores();
    }
}
