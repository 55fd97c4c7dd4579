using Assistant.Core.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Content;

/// <summary>
/// Loads the offers when the host starts (invalid content stops the start with the list of errors) and
/// reloads them when staff change a file, once the folder has been quiet for <see cref="OffersOptions.ReloadDelay"/>.
/// </summary>
internal sealed class OfferContentWatcher(
    OfferCatalog catalog,
    IOptions<OffersOptions> options,
    TimeProvider time,
    ILogger<OfferContentWatcher> logger) : IHostedService, IDisposable
{
    private readonly ContentFolderWatcher _watcher = new(
        catalog.ContentPath,
        "offers",
        options.Value.ReloadDelay,
        _ => Task.FromResult(catalog.Reload()),
        time,
        logger,
        // The content folder also holds workshops and shifts; saving one of those is no reason to reload the offers.
        [OfferContentLoader.OffersFolder, OfferContentLoader.CategoriesFile])
    {
        Enabled = options.Value.WatchForChanges,
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalog.Content;
        return _watcher.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _watcher.StopAsync(cancellationToken);

    public void Dispose() => _watcher.Dispose();
}
