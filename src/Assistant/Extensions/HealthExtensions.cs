using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Assistant.Extensions;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c> (and <c>/health</c>, as before):
/// the data file takes a real write and every channel reaches its users; 503 otherwise. And the
/// admin endpoint the <c>backup</c> verb uses while the bot runs.
/// </summary>
internal static class HealthExtensions
{
    private const string Ready = "ready";

    public static void AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>()
            .Bind(builder.Configuration.GetSection(HealthOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var checks = builder.Services.AddHealthChecks();
        if (!UsesDataFile(builder.Configuration))
        {
            // A database server has its own backups (pg_dump); only the data file needs the admin endpoint.
            checks.AddCheck<DatabaseHealthCheck>("store", tags: [Ready]).AddCheck<ChannelHealthCheck>("channel", tags: [Ready]);
            return;
        }

        checks.AddCheck<StoreHealthCheck>("store", tags: [Ready]).AddCheck<ChannelHealthCheck>("channel", tags: [Ready]);
        builder.Services.AddSingleton<AdminEndpoint>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AdminEndpoint>());
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);

        if (!UsesDataFile(app.Configuration))
        {
            return;
        }

        // Resolved when used, not here: the endpoint opens the data file, which happens at start, after the checks.
        app.MapPost("/admin/backup", (HttpContext context, AdminEndpoint.BackupRequest request, AdminEndpoint admin) => admin.Backup(context, request));
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<AdminEndpoint>().WriteTicket());
    }

    private static bool UsesDataFile(IConfiguration configuration) => StorageExtensions.ProviderOf(configuration) == StorageProvider.LiteDb;

    // One line per check, so an operator's curl shows which part is down.
    private static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status} ({e.Value.Description})");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n", context.RequestAborted);
    }
}
