using Assistant.Core.Hosting;
using Assistant.Core.Staff;
using Assistant.StaffConsole.Security;
using Assistant.StaffConsole.SignIn;
using Assistant.StaffConsole.Tickets;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.StaffConsole;

public static class StaffConsoleServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in links to the staff console (section <c>StaffConsole</c>): <c>/console</c> in the private chat
    /// (<c>dialogs/staff-console.yaml</c>) and in staff chats. Part of every bot, with or without its web server,
    /// because the flow's handlers must exist wherever the flows are loaded.
    /// </summary>
    public static IServiceCollection AddStaffConsoleLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffConsoleOptions>()
            .Bind(configuration.GetSection(StaffConsoleOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrEmpty(o.Url) || (Uri.TryCreate(o.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                $"{StaffConsoleOptions.Section}:Url must be an http or https address, such as https://console.example.org, or empty.")
            .ValidateOnStart();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<ConsoleAddress>();
        services.AddFlowActions<ConsoleLinkActions>();
        services.AddSingleton<IStaffCommand, ConsoleCommand>();
        return services;
    }

    /// <summary>
    /// The console's pages under <c>/console</c>, its cookie session and role policies. Needs <c>AddStaffConsoleLinks</c>,
    /// <c>AddHandoff</c> and the stores.
    /// </summary>
    public static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConsoleTexts>();
        services.AddSingleton<TicketLinks>();
        services.AddSingleton<ConsoleTickets>();

        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, StaffRoleHandler>();
        var session = TimeSpan.FromHours(configuration.GetValue($"{StaffConsoleOptions.Section}:{nameof(StaffConsoleOptions.SessionHours)}", 8));
        services.AddAuthentication()
            .AddCookie(ConsoleAuth.Scheme, o =>
            {
                o.Cookie.Name = "assistant-console";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Path = "/console";
                o.ExpireTimeSpan = session;
                o.SlidingExpiration = true;
                o.LoginPath = "/console/signin-help";
                o.Events.OnRedirectToAccessDenied = ForbiddenPage.WriteAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleAuth.StaffPolicy, p => p.AddAuthenticationSchemes(ConsoleAuth.Scheme).RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(StaffRole.Staff)))
            .AddPolicy(ConsoleAuth.AdminPolicy, p => p.AddAuthenticationSchemes(ConsoleAuth.Scheme).RequireAuthenticatedUser().AddRequirements(new StaffRoleRequirement(StaffRole.Admin)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "assistant-console-form";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/console";
        });
        services.AddRazorPages().AddApplicationPart(typeof(StaffConsoleOptions).Assembly);
        return services;
    }

    /// <summary>Serves the console under <c>/console</c>.</summary>
    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
