using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Browser.Tests;

/// <summary>The real bot without any setting but its data file (a new temporary one) and a free loopback port.</summary>
internal sealed class LocalChatSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalChatSite(WebApplication app) => _app = app;

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<LocalChatSite> StartAsync()
    {
        var app = AssistantApp.Build([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
            ["LocalChat:Url"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Content is not edited during these tests; no file watchers.
            ["Offers:WatchForChanges"] = "false",
            ["Workshops:WatchForChanges"] = "false",
        }));
        await app.StartAsync();
        return new LocalChatSite(app);
    }

    /// <summary>Stops the server as a crash or a restart would look to the page.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
