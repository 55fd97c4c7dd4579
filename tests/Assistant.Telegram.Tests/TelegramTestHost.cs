using Assistant.Core.Localization;
using Assistant.Telegram.Fakes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Assistant.Telegram.Tests;

/// <summary>
/// The real host, with the real TelegramBotClient, talking to a fake Bot API on 127.0.0.1; data in a
/// temporary folder, web server on a free loopback port. Disposing stops both and removes the folder.
/// </summary>
internal sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly bool _ownsFake;
    private readonly bool _ownsFolder;

    private TelegramTestHost(WebApplication app, FakeBotApi fake, string folder, bool ownsFake, bool ownsFolder)
    {
        App = app;
        Fake = fake;
        Folder = folder;
        _ownsFake = ownsFake;
        _ownsFolder = ownsFolder;
    }

    public WebApplication App { get; }

    public FakeBotApi Fake { get; }

    public string Folder { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    // Static initialisers run in this order: the root first.
    public static string RepoRoot { get; } = FindRoot();

    public static TextCatalog Texts { get; } = TextCatalog.LoadFolder(Path.Combine(RepoRoot, "localization"));

    /// <summary>
    /// Starts a fake Bot API and the host against it. Pass <paramref name="fake"/> and <paramref name="folder"/> to
    /// restart on the same data, <paramref name="clock"/> to move the bot's time (reminders, deadlines), and
    /// <paramref name="configure"/> for anything else (a log collector).
    /// </summary>
    public static async Task<TelegramTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        FakeBotApi? fake = null,
        string? folder = null,
        TimeProvider? clock = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var ownsFake = fake is null;
        fake ??= await FakeBotApi.StartAsync();
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("assistant-telegram-").FullName;
        var app = Build(fake, folder, settings, clock, configure);
        await app.StartAsync();
        return new TelegramTestHost(app, fake, folder, ownsFake, ownsFolder);
    }

    public static WebApplication Build(
        FakeBotApi fake,
        string folder,
        IDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Storage:LiteDb:Path"] = Path.Combine(folder, "assistant.db"),
            ["Urls"] = "http://127.0.0.1:0",
            ["LocalChat:Url"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Content is not edited during these tests; no file watchers (each costs an inotify instance).
            ["Offers:WatchForChanges"] = "false",
            ["Workshops:WatchForChanges"] = "false",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        return AssistantApp.Build([], b =>
        {
            b.Configuration.AddInMemoryCollection(all);
            if (clock is not null)
            {
                // Registered before the host's own TryAdd of the system clock, so this one wins everywhere.
                b.Services.AddSingleton(clock);
            }

            configure?.Invoke(b);
        });
    }

    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>Waits until <paramref name="condition"/> holds, checking every 20 ms for up to 30 s.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 1500; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("Waited in vain for " + what);
    }

    /// <summary>Waits until <paramref name="chatId"/> has at least <paramref name="count"/> messages and returns them.</summary>
    public async Task<IReadOnlyList<SentMessage>> MessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        await Fake.WaitUntilAsync(f => f.MessagesTo(chatId).Count >= count, timeout, $"{count} messages to chat {chatId}");
        return Fake.MessagesTo(chatId);
    }

    /// <summary>Stops the host; the fake and the folder go too unless they were passed in (for a restart on the same data).</summary>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsFake)
        {
            await Fake.DisposeAsync();
        }

        if (_ownsFolder)
        {
            Directory.Delete(Folder, recursive: true);
        }
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
