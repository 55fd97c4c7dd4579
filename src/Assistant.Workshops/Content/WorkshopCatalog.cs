using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Workshops.Content;

/// <summary>
/// The workshops and counselling services of the content folder. A reload with problems is refused and
/// the last valid content stays in service; a valid reload swaps workshops and services in one step, so a
/// lookup never mixes two loads.
/// </summary>
public sealed class WorkshopCatalog
{
    private readonly string _folder;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;
    private readonly Lock _reloadLock = new();
    private WorkshopContent _current;

    private WorkshopCatalog(string folder, TimeZoneInfo zone, ILogger logger, WorkshopContent content)
    {
        _folder = folder;
        _zone = zone;
        _logger = logger;
        _current = content;
    }

    public string ContentPath => _folder;

    /// <summary>The content in service; read it once when several lookups must agree.</summary>
    public WorkshopContent Content => Volatile.Read(ref _current);

    public IReadOnlyList<Workshop> Workshops => Content.Workshops;

    public IReadOnlyList<CounsellingService> Services => Content.Services;

    /// <summary>
    /// Loads <c>workshops/</c> and <c>appointments/</c> below <paramref name="contentFolder"/>. Every problem
    /// is reported at once, each naming the file, the item and the field.
    /// </summary>
    public static WorkshopCatalog Load(string contentFolder, TimeZoneInfo zone, ILogger<WorkshopCatalog>? logger = null)
    {
        var problems = new List<string>();
        var content = Read(contentFolder, zone, problems);
        if (problems.Count > 0)
        {
            throw new WorkshopContentException(string.Join(Environment.NewLine, problems));
        }

        return new WorkshopCatalog(contentFolder, zone, logger ?? NullLogger<WorkshopCatalog>.Instance, content);
    }

    /// <summary>Reads the folder again. With problems the previous content stays in service and the problems are returned.</summary>
    public WorkshopReload Reload()
    {
        lock (_reloadLock)
        {
            var problems = new List<string>();
            WorkshopContent content;
            try
            {
                content = Read(_folder, _zone, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file that an editor is still writing; the watcher will see the next change and retry.
                problems.Add($"{_folder}: could not be read: {e.Message}");
                content = _current;
            }

            if (problems.Count > 0)
            {
                _logger.LogWarning(
                    "Workshop content in {Folder} refused, still serving the last valid content:{NewLine}{Problems}",
                    _folder, Environment.NewLine, string.Join(Environment.NewLine, problems));
                return new WorkshopReload(_current, _current, problems);
            }

            var before = _current;
            Volatile.Write(ref _current, content);
            _logger.LogInformation(
                "Workshop content loaded from {Folder}: {WorkshopCount} workshops, {ServiceCount} counselling services",
                _folder, content.Workshops.Count, content.Services.Count);
            return new WorkshopReload(before, content, []);
        }
    }

    public Workshop? FindWorkshop(string? id) => Content.FindWorkshop(id);

    public (Workshop Workshop, WorkshopSession Session)? FindSession(string? workshopId, string? sessionId) => Content.FindSession(workshopId, sessionId);

    public CounsellingService? FindService(string? id) => Content.FindService(id);

    private static WorkshopContent Read(string contentFolder, TimeZoneInfo zone, List<string> problems) =>
        new(
            WorkshopFileReader.ReadFolder(Path.Combine(contentFolder, "workshops"), zone, problems),
            ServiceFileReader.ReadFolder(Path.Combine(contentFolder, "appointments"), zone, problems));
}

/// <summary>The outcome of <see cref="WorkshopCatalog.Reload"/>: the content before and after, and the problems (each naming its file) that refused it.</summary>
public sealed record WorkshopReload(WorkshopContent Before, WorkshopContent After, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>One load of the workshop and appointment files; replaced whole, never changed.</summary>
public sealed record WorkshopContent(IReadOnlyList<Workshop> Workshops, IReadOnlyList<CounsellingService> Services)
{
    public Workshop? FindWorkshop(string? id) => Workshops.FirstOrDefault(w => w.Id == id);

    public (Workshop Workshop, WorkshopSession Session)? FindSession(string? workshopId, string? sessionId) =>
        FindWorkshop(workshopId) is { } w && sessionId is not null && w.Session(sessionId) is { } s ? (w, s) : null;

    public CounsellingService? FindService(string? id) => Services.FirstOrDefault(s => s.Id == id);
}
