using Assistant.Core.Conversations;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tickets;
using Assistant.StaffConsole.Security;
using Assistant.StaffConsole.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace Assistant.StaffConsole.Pages.Console.Tickets;

/// <summary>
/// One ticket: what it says (a report only for counsellors, each view audited), its notes and history, and the
/// forms to claim, answer, note and close. A form made before someone else changed the ticket is refused.
/// </summary>
internal sealed class TicketModel(ConsoleTickets tickets, TicketLinks links, ConsoleTexts texts) : ConsolePageModel
{
    public const int MaxText = 4096;

    private readonly Dictionary<long, string> _names = [];

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public TicketView View { get; private set; } = null!;

    public HandoffTicket Ticket => View.Ticket;

    public string Version => TicketVersion.Of(Ticket).ToString();

    /// <summary>What the form said when it was refused, so nothing typed is lost.</summary>
    public string? AnswerText { get; private set; }

    public string? NoteText { get; private set; }

    public string? Refusal { get; private set; }

    public IReadOnlyList<string> StaleChanges { get; private set; } = [];

    public IReadOnlyList<string> ReportLines =>
        View.Content?.Report is { } report ? ReportFormatter.Lines(report, texts.Language, texts.Catalog) : [];

    public string Name(long? userId) => userId is { } id && _names.TryGetValue(id, out var name) ? name : "–";

    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostClaimAsync(string? version) =>
        ChangeAsync(version, "claimed", ticket => tickets.ClaimAsync(ticket, StaffUserId, Roles, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostCloseAsync(string? version) =>
        ChangeAsync(version, "closed", ticket => tickets.CloseAsync(ticket, StaffUserId, Roles, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostNoteAsync(string? version, string? note)
    {
        NoteText = note;
        return Check("note", note) ? ChangeAsync(version, "noted", ticket => tickets.NoteAsync(ticket, StaffUserId, note!.Trim(), HttpContext.RequestAborted)) : ShowAsync();
    }

    public Task<IActionResult> OnPostAnswerAsync(string? version, string? answer)
    {
        AnswerText = answer;
        return Check("answer", answer) ? ChangeAsync(version, "answered", ticket => tickets.AnswerAsync(ticket, StaffUserId, Roles, answer!.Trim(), HttpContext.RequestAborted)) : ShowAsync();
    }

    private bool Check(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(field, texts.T("console.text_required"));
        }
        else if (text.Length > MaxText)
        {
            ModelState.AddModelError(field, texts.T("console.text_too_long", ("max", MaxText.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return ModelState.ErrorCount == 0;
    }

    private async Task<IActionResult> ChangeAsync(string? version, string done, Func<HandoffTicket, Task<OutgoingMessage?>> change)
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var seen = TicketVersion.Parse(version);
        var now = TicketVersion.Of(Ticket);
        if (seen != now)
        {
            StaleChanges = await ChangesAsync(seen, now);
            return Page();
        }

        if (await change(Ticket) is { } refusal)
        {
            Refusal = refusal.Text;
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { key = Key, done });
    }

    private async Task<IActionResult> ShowAsync() => await LoadAsync() ?? Page();

    private async Task<IActionResult?> LoadAsync()
    {
        if (links.TicketId(Key) is not { } id)
        {
            return NotFound();
        }

        var (outcome, view) = await tickets.ViewAsync(id, StaffUserId, Roles, HttpContext.RequestAborted);
        switch (outcome)
        {
            case TicketViewOutcome.NotFound:
                return NotFound();
            case TicketViewOutcome.Denied:
                return Forbid(ConsoleAuth.Scheme);
        }

        View = view!;
        var ids = View.History.Select(e => e.StaffUserId).Append(Ticket.ClaimedBy).Concat(View.Content?.Notes.Select(n => (long?)n.StaffUserId) ?? []);
        foreach (var userId in ids.OfType<long>().Distinct())
        {
            _names[userId] = await tickets.StaffNameAsync(userId, HttpContext.RequestAborted);
        }

        return null;
    }

    private async Task<IReadOnlyList<string>> ChangesAsync(TicketVersion? seen, TicketVersion now)
    {
        var changes = new List<string>();
        if (seen?.State != now.State)
        {
            changes.Add(texts.T("console.stale_state", ("state", texts.T(TicketsModel.StateKey(now.State)))));
        }

        if (seen?.ClaimedBy != now.ClaimedBy && now.ClaimedBy is { } by)
        {
            changes.Add(texts.T("console.stale_claimed", ("name", await tickets.StaffNameAsync(by, HttpContext.RequestAborted))));
        }

        if (changes.Count == 0 || seen?.Fingerprint != now.Fingerprint)
        {
            changes.Add(texts.T("console.stale_content"));
        }

        return changes;
    }

    public static string ActionKey(AuditAction action) => "console.action_" + action.ToString().ToLowerInvariant();
}
