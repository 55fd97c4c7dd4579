using System.Globalization;
using Assistant.Extensions;
using Assistant.LocalChat;

namespace Assistant;

/// <summary><c>chat --user 1 --lang de</c>: the console chat on the same engine and data file as the bot.</summary>
internal static class ConsoleChatCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var userId = 1L;
        string? language = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--user" when long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                    userId = id;
                    break;
                case "--lang":
                    language = args[i + 1];
                    break;
            }
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args.Where(a => !a.StartsWith("--user", StringComparison.Ordinal) && !a.StartsWith("--lang", StringComparison.Ordinal)).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The conversation is on standard output; logs go to standard error, and only warnings.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        DataFileLocation.Pin(builder.Configuration);
        LocalTrial.Apply(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A refused start is told in one sentence by StartupGuard, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddAssistant(builder.Configuration);
        builder.Services.AddSingleton<ILocalStaffPostStore, LiteDbLocalStaffPosts>();
        builder.Services.AddLocalChat(builder.Configuration);

        using var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        var chat = host.Services.GetRequiredService<ConsoleChat>();
        await chat.RunAsync(userId, language, Console.In, Console.Out, CancellationToken.None).ConfigureAwait(false);
        await host.StopAsync().ConfigureAwait(false);
        return 0;
    }
}
