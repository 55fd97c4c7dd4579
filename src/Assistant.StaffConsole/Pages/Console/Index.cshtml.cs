using Assistant.StaffConsole.Security;
using Microsoft.AspNetCore.Mvc;

namespace Assistant.StaffConsole.Pages.Console;

public sealed class IndexModel : ConsolePageModel
{
    public IActionResult OnGet() => RedirectToPage("/Console/Tickets/Index");
}
