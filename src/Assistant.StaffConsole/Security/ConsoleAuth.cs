using System.Globalization;
using System.Security.Claims;
using Assistant.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Assistant.StaffConsole.Security;

/// <summary>The console's cookie scheme and its policies, one per staff role.</summary>
public static class ConsoleAuth
{
    public const string Scheme = "StaffConsole";

    public const string StaffPolicy = "console-staff";

    public const string AdminPolicy = "console-admin";

    /// <summary>The staff member's Telegram user id in the session.</summary>
    public static long? StaffUserId(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var userId) ? userId : null;
}

/// <summary>A role the staff member must have now: read from the staff directory on every request, never from the cookie, so a role taken away counts at once.</summary>
public sealed record StaffRoleRequirement(StaffRole Role) : IAuthorizationRequirement;

internal sealed class StaffRoleHandler(StaffDirectory directory, IHttpContextAccessor http) : AuthorizationHandler<StaffRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        if (ConsoleAuth.StaffUserId(context.User) is not { } userId)
        {
            return;
        }

        var cancellationToken = http.HttpContext?.RequestAborted ?? CancellationToken.None;
        if ((await directory.RolesAsync(userId, cancellationToken).ConfigureAwait(false)).Contains(requirement.Role))
        {
            context.Succeed(requirement);
        }
    }
}
