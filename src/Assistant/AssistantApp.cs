using Assistant.Extensions;

namespace Assistant;

/// <summary>Builds the bot's host: the dialog engine, the store, and the channel (Telegram, or the local chat).</summary>
public static class AssistantApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json sits beside the binary; the working directory is where data/ goes.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        // Configure the engine, storage, scheduler, staff and features
        builder.Services.AddAssistant(builder.Configuration);

        // Configure the channel: Telegram with a token, otherwise the local chat
        builder.AddChannel();

        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok("ok"));
        app.MapChannel();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await Build(args).RunAsync().ConfigureAwait(false);
        return 0;
    }
}
