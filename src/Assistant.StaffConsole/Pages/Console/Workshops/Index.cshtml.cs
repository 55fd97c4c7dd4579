using Assistant.StaffConsole.Security;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;

namespace Assistant.StaffConsole.Pages.Console.Workshops;

/// <summary>A session with how many hold a place, wait, or have a place offered from the waiting list.</summary>
public sealed record SessionRow(Workshop Workshop, WorkshopSession Session, int Taken, int Waiting, int Offered);

/// <summary>The workshops' current sessions (from the content files) with their places and waiting lists.</summary>
internal sealed class WorkshopsModel(WorkshopCatalog catalog, RegistrationService registrations, ConsoleTexts texts) : ConsolePageModel
{
    // Recent sessions stay listed for a month, for attendance questions and exports, as in /registrations.
    private static readonly TimeSpan ShownAfterEnd = TimeSpan.FromDays(30);

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var since = texts.Now - ShownAfterEnd;
        var rows = new List<SessionRow>();
        foreach (var workshop in catalog.Workshops)
        {
            foreach (var session in workshop.Sessions.Where(s => s.End > since))
            {
                var roster = await registrations.ForSessionAsync(workshop.Id, session.Id, HttpContext.RequestAborted);
                rows.Add(new SessionRow(
                    workshop,
                    session,
                    roster.Count(r => r.HoldsPlace),
                    roster.Count(r => r.Status == RegistrationStatus.Waiting),
                    roster.Count(r => r.Status == RegistrationStatus.Offered)));
            }
        }

        Sessions = [.. rows.OrderBy(r => r.Session.Start)];
    }
}
