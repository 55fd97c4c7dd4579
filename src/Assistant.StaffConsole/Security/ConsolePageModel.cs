using Assistant.Core.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.StaffConsole.Security;

/// <summary>A console page for signed-in staff: who is signed in and their roles as the directory says now.</summary>
[Authorize(Policy = ConsoleAuth.StaffPolicy)]
public abstract class ConsolePageModel : PageModel
{
    public long StaffUserId { get; private set; }

    public IReadOnlySet<StaffRole> Roles { get; private set; } = new HashSet<StaffRole>();

    public bool IsCounsellor => Roles.Contains(StaffRole.AntiDiscrimination);

    public bool IsAdmin => Roles.Contains(StaffRole.Admin);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        StaffUserId = ConsoleAuth.StaffUserId(User) ?? 0;
        Roles = await HttpContext.RequestServices.GetRequiredService<StaffDirectory>().RolesAsync(StaffUserId, HttpContext.RequestAborted);
        await next();
    }
}
