using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Content;

/// <summary>
/// Loads the offers when the host starts (invalid content stops the start with the list of errors) and
/// reloads them when staff change a file. Changes are debounced by <see cref="OffersOptions.ReloadDelay"/>
/// because editors write a file in several steps and a save often touches several files.
/// </summary>
internal sealed class OfferContentWatcher(
    OfferCatalog catalog,
    IOptions<OffersOptions> options,
    TimeProvider time,
    ILogger<OfferContentWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = catalog.Content;
        if (!options.Value.WatchForChanges)
        {
            return Task.CompletedTask;
        }

        _debounce = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(catalog.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Folder} for offer changes", catalog.ContentPath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
        _debounce?.Dispose();
        _debounce = null;
    }

    private void Reload()
    {
        try
        {
            catalog.Reload();
        }
        catch (Exception e)
        {
            // An exception escaping a timer callback would end the process; the last content stays in service.
            logger.LogError(e, "Reloading the offers from {Folder} failed", catalog.ContentPath);
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files (.swp, ~) change too; only YAML and folders matter.
        if (e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Directory.Exists(e.FullPath) || e.ChangeType == WatcherChangeTypes.Deleted)
        {
            _debounce?.Change(options.Value.ReloadDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // The watcher's buffer overflowed: changes were lost, so reload to be sure.
        logger.LogWarning(e.GetException(), "Watching {Folder} failed; reloading the offers", catalog.ContentPath);
        _debounce?.Change(options.Value.ReloadDelay, Timeout.InfiniteTimeSpan);
    }
}
