using System.Globalization;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.StaffConsole.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.Pages.Console;

/// <summary>The audit log, for admins: filtered by person, case number and action, newest first, paged in the store.</summary>
[Authorize(Policy = ConsoleAuth.AdminPolicy)]
internal sealed class AuditModel(IAuditLog log, IStaffStore staff, IOptions<StaffConsoleOptions> options) : ConsolePageModel
{
    private readonly Dictionary<long, string> _names = [];

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ticket { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Results { get; private set; } = new([], 0);

    public bool HasNext => PageNumber * options.Value.PageSize < Results.Total;

    public string Name(AuditEntry entry) =>
        entry.StaffPseudonym ?? (entry.StaffUserId is { } id ? $"{_names.GetValueOrDefault(id, "–")} ({id.ToString(CultureInfo.InvariantCulture)})" : "–");

    public string Query(int page) =>
        $"?person={Uri.EscapeDataString(Person ?? "")}&ticket={Uri.EscapeDataString(Ticket ?? "")}&action={Action}&p={page.ToString(CultureInfo.InvariantCulture)}";

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var size = options.Value.PageSize;
        long? person = long.TryParse(Person?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;
        if (person is null && Person is { Length: > 0 } name)
        {
            // A name instead of an id: the first member of staff whose name contains it.
            var members = await staff.ListAsync(HttpContext.RequestAborted);
            person = members.FirstOrDefault(m => m.DisplayName.Contains(name.Trim(), StringComparison.CurrentCultureIgnoreCase))?.UserId ?? -1;
        }

        var ticket = string.IsNullOrWhiteSpace(Ticket) ? null : Ticket.Trim().ToUpperInvariant();
        Results = await log.SearchAsync(new AuditQuery(person, ticket, Action, (PageNumber - 1) * size, size), HttpContext.RequestAborted);
        foreach (var userId in Results.Entries.Select(e => e.StaffUserId).OfType<long>().Distinct())
        {
            _names[userId] = (await staff.GetAsync(userId, HttpContext.RequestAborted))?.DisplayName ?? "#" + userId.ToString(CultureInfo.InvariantCulture);
        }
    }
}
