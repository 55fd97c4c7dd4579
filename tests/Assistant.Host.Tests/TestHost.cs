using Assistant.Core.Localization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistant.Host.Tests;

/// <summary>The real host on a temporary data file and a free loopback port.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    // RepoRoot first: static properties initialise in the order they are written.
    public static string RepoRoot { get; } = FindRoot();

    public static TextCatalog Texts { get; } = TextCatalog.LoadFolder(Path.Combine(RepoRoot, "localization"));

    public static async Task<TestHost> StartAsync(string dataFile, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = Build(dataFile, settings, configure);
        await app.StartAsync();
        return new TestHost(app);
    }

    public static WebApplication Build(string dataFile, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = dataFile,
            ["LocalChat:Url"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Content is not edited during these tests; no file watchers (each costs an inotify instance).
            ["Offers:WatchForChanges"] = "false",
            ["Workshops:WatchForChanges"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        return AssistantApp.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(all);
            configure?.Invoke(b);
        });
    }

    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Assistant.sln not found");
    }
}

/// <summary>A temporary folder that is removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("assistant-host-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
