using Assistant.Storage.LiteDb;

namespace Assistant.Storage.Tests.Providers;

/// <summary>The LiteDB stores, each test on a new data file in a temporary folder.</summary>
public sealed class LiteDbStores : StoreProvider
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("assistant-store-contract-");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        _folder.Delete(recursive: true);
    }

    protected override Task AddStoresAsync(IServiceCollection services)
    {
        var file = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.db");
        services.AddLiteDbStorage(Settings(("Storage:LiteDb:Path", file))).AddLiteDbWorkshopStores();
        return Task.CompletedTask;
    }
}
