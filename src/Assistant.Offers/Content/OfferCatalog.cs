using Assistant.Offers.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Content;

/// <summary>
/// The offers currently served and their search index. A reload with invalid content is refused with
/// the list of errors and the last valid content stays in service; a valid reload swaps content and
/// index together in one step, so a search never mixes two loads.
/// </summary>
public sealed class OfferCatalog : IDisposable
{
    private readonly OffersOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OfferCatalog> _logger;
    private readonly LanguageAnalyzers _analyzers = new();
    private readonly Lock _reloadLock = new();
    private OfferSnapshot? _current;

    public OfferCatalog(IOptions<OffersOptions> options, TimeProvider time, ILogger<OfferCatalog> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after a valid reload (not after the first load), e.g. to refresh menus.</summary>
    public event Action<OfferContent>? ContentChanged;

    public string ContentPath => _options.FullContentPath;

    /// <summary>
    /// The content in service. The first access loads the folder and throws
    /// <see cref="OfferContentException"/> if it is invalid, since there is nothing older to fall back on.
    /// </summary>
    public OfferContent Content => Snapshot.Content;

    internal OfferSnapshot Snapshot => Volatile.Read(ref _current) ?? LoadFirst();

    /// <summary>Reads the folder again. On errors the previous content stays in service and the errors are returned.</summary>
    public ReloadResult Reload()
    {
        lock (_reloadLock)
        {
            return ReloadLocked();
        }
    }

    public void Dispose() => _analyzers.Dispose();

    private ReloadResult ReloadLocked()
    {
        try
        {
            var snapshot = Load();
            var first = _current is null;
            Volatile.Write(ref _current, snapshot);
            _logger.LogInformation(
                "Offers content loaded from {Folder}: {OfferCount} offers in {CategoryCount} categories",
                ContentPath, snapshot.Content.Offers.Count, snapshot.Content.Categories.Count);
            if (!first)
            {
                ContentChanged?.Invoke(snapshot.Content);
            }

            return ReloadResult.Success;
        }
        catch (OfferContentException e)
        {
            _logger.LogError(
                "Offers content in {Folder} refused, {Serving}:{NewLine}{Errors}",
                ContentPath,
                _current is null ? "no offers to serve" : "still serving the last valid content",
                Environment.NewLine,
                string.Join(Environment.NewLine, e.Errors));
            return new ReloadResult(false, e.Errors);
        }
    }

    private OfferSnapshot LoadFirst()
    {
        lock (_reloadLock)
        {
            if (_current is null)
            {
                var result = ReloadLocked();
                if (!result.Succeeded)
                {
                    throw new OfferContentException(result.Errors);
                }
            }

            return _current!;
        }
    }

    private OfferSnapshot Load()
    {
        OfferContent content;
        try
        {
            content = OfferContentLoader.LoadFolder(ContentPath, _time.GetUtcNow());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that an editor is still writing; the watcher will see the next change and retry.
            throw new OfferContentException([new ContentError(ContentPath, null, null, $"could not be read: {e.Message}")]);
        }

        return new OfferSnapshot(content, OfferIndex.Build(content, _analyzers));
    }
}

/// <summary>The outcome of <see cref="OfferCatalog.Reload"/>; <see cref="Errors"/> name file, offer and field.</summary>
public sealed record ReloadResult(bool Succeeded, IReadOnlyList<ContentError> Errors)
{
    public static readonly ReloadResult Success = new(true, []);
}

/// <summary>One content load with the index built from it; replaced whole, never changed.</summary>
internal sealed record OfferSnapshot(OfferContent Content, OfferIndex Index);
