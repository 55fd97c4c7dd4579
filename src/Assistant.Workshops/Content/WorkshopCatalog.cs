namespace Assistant.Workshops.Content;

/// <summary>The workshops and counselling services of the content folder, checked once at start-up.</summary>
public sealed class WorkshopCatalog
{
    public WorkshopCatalog(IReadOnlyList<Workshop> workshops, IReadOnlyList<CounsellingService> services)
    {
        Workshops = workshops;
        Services = services;
    }

    public IReadOnlyList<Workshop> Workshops { get; }

    public IReadOnlyList<CounsellingService> Services { get; }

    /// <summary>
    /// Loads <c>workshops/</c> and <c>appointments/</c> below <paramref name="contentFolder"/>. Every problem
    /// is reported at once, each naming the file, the item and the field.
    /// </summary>
    public static WorkshopCatalog Load(string contentFolder, TimeZoneInfo zone)
    {
        var problems = new List<string>();
        var workshops = WorkshopFileReader.ReadFolder(Path.Combine(contentFolder, "workshops"), zone, problems);
        var services = ServiceFileReader.ReadFolder(Path.Combine(contentFolder, "appointments"), zone, problems);
        if (problems.Count > 0)
        {
            throw new WorkshopContentException(string.Join(Environment.NewLine, problems));
        }

        return new WorkshopCatalog(workshops, services);
    }

    public Workshop? FindWorkshop(string? id) => Workshops.FirstOrDefault(w => w.Id == id);

    public (Workshop Workshop, WorkshopSession Session)? FindSession(string? workshopId, string? sessionId) =>
        FindWorkshop(workshopId) is { } w && sessionId is not null && w.Session(sessionId) is { } s ? (w, s) : null;

    public CounsellingService? FindService(string? id) => Services.FirstOrDefault(s => s.Id == id);
}
