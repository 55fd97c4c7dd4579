using Assistant.Telegram.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Assistant.Bench.Telegram;

/// <summary>The real host against a fake Bot API, on a fresh data file; both go when disposed.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly string _folder;

    private BenchHost(WebApplication app, FakeBotApi fake, string folder)
    {
        App = app;
        Fake = fake;
        _folder = folder;
    }

    public WebApplication App { get; }

    public FakeBotApi Fake { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<BenchHost> StartAsync(Dictionary<string, string?> settings, int? fakeSendLimitPerSecond = null)
    {
        var fake = await FakeBotApi.StartAsync();
        fake.GlobalSendLimitPerSecond = fakeSendLimitPerSecond;
        var folder = Directory.CreateTempSubdirectory("assistant-bench-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Storage:LiteDb:Path"] = Path.Combine(folder, "assistant.db"),
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Error",
        };
        foreach (var (k, v) in settings)
        {
            all[k] = v;
        }

        var app = AssistantApp.Build([], b => b.Configuration.AddInMemoryCollection(all));
        await app.StartAsync();
        // Let the start-up calls (command menus) pass, so they are not measured.
        await fake.WaitUntilAsync(f => f.CallsOf("setMyCommands").Count >= 8, TimeSpan.FromSeconds(30), "command menus");
        return new BenchHost(app, fake, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Fake.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
