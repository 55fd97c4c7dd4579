using Assistant.Extensions;
using Assistant.StaffConsole;

namespace Assistant;

/// <summary>Builds the bot's host: the dialog engine, the store, and the channel (Telegram, or the local chat).</summary>
public static class AssistantApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json sits beside the binary, and a relative data file path starts there too.
            ContentRootPath = AppContext.BaseDirectory,
        });
        // A start that fails is told in one sentence by StartupGuard; the host's own report of it is a
        // stack trace of dozens of lines. Its critical reports (a background service stopping the bot) stay.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        configure?.Invoke(builder);
        DataFileLocation.Pin(builder.Configuration);
        var addLocalTrialStart = LocalTrial.Apply(builder);

        // Configure the engine, storage, scheduler, staff and features
        builder.Services.AddAssistant(builder.Configuration);
        addLocalTrialStart();

        // Configure the channel: Telegram with a token, otherwise the local chat
        builder.AddChannel();

        // Configure the health endpoints and the backup of the running bot
        builder.AddHealth();

        // Configure the staff console's pages under /console
        builder.Services.AddStaffConsole(builder.Configuration);

        var app = builder.Build();
        app.MapStaffConsole();
        app.MapHealth();
        app.MapChannel();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        // Read before running: a failed run disposes the host, configuration included.
        var (key, value) = ChannelExtensions.ListenSetting(app.Configuration);
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.RunAsync().ConfigureAwait(false);
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException or IOException || e.Message.Contains("bind", StringComparison.OrdinalIgnoreCase))
            {
                throw new StartupRefusedException(
                    $"The address {value} ({key}) is taken ({e.Message.TrimEnd('.')}): another program, perhaps a second bot, listens there; stop it or set another address in {key}.");
            }
        }

        return 0;
    }
}
