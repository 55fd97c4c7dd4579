using Assistant.StaffConsole.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assistant.StaffConsole.Pages.Console;

public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/console/tickets");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleAuth.Scheme);
        return LocalRedirect("/console/signin-help");
    }
}
