using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Offers.Tests.FakeOpenAi;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on 127.0.0.1 for the real Semantic Kernel connector:
/// records every request body, answers with <see cref="Reply"/>, and can be told to be slow or to fail.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Ai:Endpoint</c>, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public string Reply { get; set; } = "Das Sprachcafé passt gut zu Ihrer Frage.";

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>The status to answer with; anything but 200 sends an OpenAI-style error body.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    /// <summary>The raw JSON bodies received, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>
    /// The text of every message of each request, decoded (the JSON escapes non-Latin letters), so a test
    /// can look for a Russian title or a phone number in what left the machine.
    /// </summary>
    public IReadOnlyList<string> Prompts => Requests.Select(PromptOf).ToList();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string PromptOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return string.Join("\n", json.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String
            ? m.GetProperty("content").GetString()
            : string.Join("\n", m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))));
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _requests.Enqueue(await reader.ReadToEndAsync(context.RequestAborted));
        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = "application/json";
        object body = StatusCode == StatusCodes.Status200OK
            ? new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = 1_764_000_000,
                model = "fake-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            }
            : new { error = new { message = "The fake was told to fail.", type = "server_error", code = "fake" } };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
