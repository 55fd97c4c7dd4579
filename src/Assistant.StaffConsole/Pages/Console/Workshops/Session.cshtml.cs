using Assistant.StaffConsole.Security;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using Microsoft.AspNetCore.Mvc;

namespace Assistant.StaffConsole.Pages.Console.Workshops;

/// <summary>One session's registrations and waiting list in order, and the same list as CSV as <c>/registrations</c> sends it.</summary>
internal sealed class SessionModel(WorkshopCatalog catalog, RegistrationService registrations, LocalDates dates) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string WorkshopId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string SessionId { get; set; } = "";

    public Workshop Workshop { get; private set; } = null!;

    public WorkshopSession Session { get; private set; } = null!;

    /// <summary>Places first (confirmed, then offered), then the waiting list in its order; ended registrations last.</summary>
    public IReadOnlyList<WorkshopRegistration> Roster { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var file = RegistrationCsv.Create($"{Workshop.Id}-{Session.Id}.csv", Roster, dates);
        return File(file.Content, file.MimeType + "; charset=utf-8", file.FileName);
    }

    private async Task<bool> LoadAsync()
    {
        if (catalog.FindSession(WorkshopId, SessionId) is not { } found)
        {
            return false;
        }

        (Workshop, Session) = found;
        var roster = await registrations.ForSessionAsync(Workshop.Id, Session.Id, HttpContext.RequestAborted);
        Roster = [.. roster.OrderBy(r => r.Status switch
        {
            RegistrationStatus.Confirmed => 0,
            RegistrationStatus.Offered => 1,
            RegistrationStatus.Waiting => 2,
            _ => 3,
        }).ThenBy(r => r.QueueNumber)];
        return true;
    }
}
