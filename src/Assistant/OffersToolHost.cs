using Assistant.Offers;

namespace Assistant;

/// <summary>
/// The small host the offers tools run on: the offers catalog and search with the bot's settings
/// (<c>appsettings.json</c>, environment), no channel, no store, no content watcher, logs only for warnings.
/// </summary>
internal static class OffersToolHost
{
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Offers:WatchForChanges"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        // The tools' output is on standard output; logs go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOffers(builder.Configuration);
        return builder.Build();
    }
}
