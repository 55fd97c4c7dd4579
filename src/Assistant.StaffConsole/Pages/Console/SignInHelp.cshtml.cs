using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assistant.StaffConsole.Pages.Console;

[AllowAnonymous]
public sealed class SignInHelpModel : PageModel
{
    public void OnGet()
    {
    }
}
