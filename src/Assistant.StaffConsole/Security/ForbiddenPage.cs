using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.StaffConsole.Security;

/// <summary>A session without the role gets 403 and a sentence saying so, not a redirect that hides the refusal.</summary>
internal static class ForbiddenPage
{
    public static async Task WriteAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var texts = context.HttpContext.RequestServices.GetRequiredService<ConsoleTexts>();
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/html; charset=utf-8";
        var dir = texts.RightToLeft ? "rtl" : "ltr";
        await response.WriteAsync(
            $"<!doctype html><html lang=\"{texts.Language}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>403</title></head><body>"
            + $"<h1>{WebUtility.HtmlEncode(texts.T("console.forbidden_title"))}</h1><p>{WebUtility.HtmlEncode(texts.T("console.forbidden_text"))}</p>"
            + $"<p><a href=\"/console/tickets\">{WebUtility.HtmlEncode(texts.T("console.nav_tickets"))}</a></p></body></html>",
            context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
