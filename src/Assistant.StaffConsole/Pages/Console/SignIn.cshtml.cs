using System.Globalization;
using System.Security.Claims;
using Assistant.Core.Staff;
using Assistant.StaffConsole.Security;
using Assistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Assistant.StaffConsole.Pages.Console;

/// <summary>
/// Opening the link shows a button; only pressing it uses the link up. Chat apps open links in messages to
/// show a preview, and such a visit must not spend the staff member's one-time link.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInLinks links, StaffDirectory directory, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public bool Refused { get; private set; }

    public void OnGet() => Refused = string.IsNullOrEmpty(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        if (links.Redeem(Token) is not { } userId || !await directory.IsStaffAsync(userId, HttpContext.RequestAborted))
        {
            logger.LogInformation("Staff console: a sign-in link was refused (unknown, used or expired)");
            Refused = true;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString(CultureInfo.InvariantCulture))], ConsoleAuth.Scheme);
        await HttpContext.SignInAsync(ConsoleAuth.Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        logger.LogInformation("Staff console: user {UserId} signed in", userId);
        return LocalRedirect("/console/tickets");
    }
}
