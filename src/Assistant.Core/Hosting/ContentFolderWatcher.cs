using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Core.Hosting;

/// <summary>
/// Calls a reload when staff change YAML files below a content folder, once the folder has been quiet for
/// a delay: editors write a file in several steps and a save often touches several files, and a reload in
/// between would read a half-written file. The reload runs on a timer thread; what it throws is logged.
/// </summary>
public sealed class ContentFolderWatcher : IHostedService, IDisposable
{
    private readonly string _folder;
    private readonly string _what;
    private readonly TimeSpan _quietFor;
    private readonly Func<CancellationToken, Task> _reload;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<string> _subfolders;
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    /// <param name="folder">The folder to watch, with its subfolders.</param>
    /// <param name="what">What the folder holds, for the log ("offers").</param>
    /// <param name="quietFor">How long no change must come before <paramref name="reload"/> runs.</param>
    /// <param name="reload">Reads the content again and keeps the last valid content itself; it gets a token that stops with the watcher.</param>
    /// <param name="subfolders">When given, only changes in these subfolders of <paramref name="folder"/> count.</param>
    public ContentFolderWatcher(string folder, string what, TimeSpan quietFor, Func<CancellationToken, Task> reload, TimeProvider time, ILogger logger, IReadOnlyList<string>? subfolders = null)
    {
        _folder = Path.GetFullPath(folder);
        _what = what;
        _quietFor = quietFor;
        _reload = reload;
        _time = time;
        _logger = logger;
        _subfolders = subfolders ?? [];
    }

    /// <summary>Whether to watch at all (a setting such as <c>Offers:WatchForChanges</c>); off, nothing is reloaded.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Starts watching; what changes from now on is reloaded after the quiet time.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return Task.CompletedTask;
        }

        _debounce = _time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(_folder)
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
        _logger.LogInformation("Watching {Folder} for changes to the {Content}", _folder, _what);
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
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await _reload(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped while reloading: the host is going down.
        }
        catch (Exception e)
        {
            // An exception escaping a timer callback would end the process; the last content stays in service.
            _logger.LogError(e, "Reloading the {Content} from {Folder} failed", _what, _folder);
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files (.swp, ~) change too; only YAML and folders matter.
        var relevant = e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Directory.Exists(e.FullPath) || e.ChangeType == WatcherChangeTypes.Deleted;
        if (relevant && InSubfolders(e.FullPath))
        {
            _debounce?.Change(_quietFor, Timeout.InfiniteTimeSpan);
        }
    }

    private bool InSubfolders(string path)
    {
        if (_subfolders.Count == 0)
        {
            return true;
        }

        var first = Path.GetRelativePath(_folder, path).Split(Path.DirectorySeparatorChar, 2)[0];
        return _subfolders.Contains(first, StringComparer.Ordinal);
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // The watcher's buffer overflowed: changes were lost, so reload to be sure.
        _logger.LogWarning(e.GetException(), "Watching {Folder} failed; reloading the {Content}", _folder, _what);
        _debounce?.Change(_quietFor, Timeout.InfiniteTimeSpan);
    }
}
