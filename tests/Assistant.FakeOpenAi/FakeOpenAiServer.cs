using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.FakeOpenAi;

/// <summary>
/// An OpenAI-compatible service on 127.0.0.1 with a free port, for the real Semantic Kernel connector and
/// the transcription client: <c>/v1/chat/completions</c> and <c>/v1/audio/transcriptions</c>. It records every
/// request, answers with <see cref="Reply"/> (or <see cref="Respond"/>), and can be told to be slow
/// (<see cref="Delay"/>, or <see cref="Hold"/> until <see cref="Release"/>) or to fail (<see cref="StatusCode"/>).
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<FakeTranscriptionRequest> _transcriptions = new();
    private volatile TaskCompletionSource? _held;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Ai:Endpoint</c>, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public string Reply { get; set; } = "Das Sprachcafé passt gut zu Ihrer Frage.";

    /// <summary>When set, the chat reply for a request, from its system message and its (last) user message.</summary>
    public Func<FakeChat, string>? Respond { get; set; }

    /// <summary>What every voice message is transcribed to.</summary>
    public string Transcript { get; set; } = "Der Vermieter hat mich nicht in die Wohnung gelassen.";

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>The status to answer with (both endpoints); anything but 200 sends an OpenAI-style error body.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    /// <summary>The raw JSON bodies of the chat requests, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToList();

    /// <summary>
    /// The text of every message of each chat request, decoded (the JSON escapes non-Latin letters), so a test
    /// can look for a name or a phone number in what left the machine.
    /// </summary>
    public IReadOnlyList<string> Prompts => Requests.Select(PromptOf).ToList();

    /// <summary>The transcription requests, in order.</summary>
    public IReadOnlyList<FakeTranscriptionRequest> Transcriptions => _transcriptions.ToList();

    /// <summary>Every request made, chat or transcription.</summary>
    public int RequestCount => _requests.Count + _transcriptions.Count;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.ChatAsync);
        app.MapPost("/v1/audio/transcriptions", server.TranscribeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    /// <summary>Slow mode without timing: requests from now on are recorded, then wait until <see cref="Release"/>.</summary>
    public void Hold() => _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the held requests answer, and the following ones at once.</summary>
    public void Release() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

    /// <summary>Waits until <paramref name="condition"/> holds, up to <paramref name="timeout"/> (by default 30 s).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
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

    private static FakeChat ChatOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (Role: m.GetProperty("role").GetString(), Text: PromptOf($"{{\"messages\":[{m.GetRawText()}]}}")))
            .ToList();
        return new FakeChat(
            string.Join("\n", messages.Where(m => m.Role == "system").Select(m => m.Text)),
            messages.LastOrDefault(m => m.Role == "user").Text ?? "");
    }

    private async Task ChatAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(body);
        if (!await WaitAsync(context))
        {
            return;
        }

        var reply = Respond?.Invoke(ChatOf(body)) ?? Reply;
        await AnswerAsync(context, new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = "fake-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    private async Task TranscribeAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile("file");
        using var audio = new MemoryStream();
        if (file is not null)
        {
            await file.CopyToAsync(audio, context.RequestAborted);
        }

        _transcriptions.Enqueue(new FakeTranscriptionRequest(form["model"].ToString(), form["language"].ToString(), file?.FileName, audio.ToArray()));
        if (await WaitAsync(context))
        {
            await AnswerAsync(context, new { text = Transcript });
        }
    }

    /// <summary>Slow mode; false when the client gave up meanwhile.</summary>
    private async Task<bool> WaitAsync(HttpContext context)
    {
        try
        {
            if (_held is { } held)
            {
                await held.Task.WaitAsync(context.RequestAborted);
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, context.RequestAborted);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task AnswerAsync(HttpContext context, object success)
    {
        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = "application/json";
        object body = StatusCode == StatusCodes.Status200OK
            ? success
            : new { error = new { message = "The fake was told to fail.", type = "server_error", code = "fake" } };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}

/// <summary>A chat request as the fake reads it: the instructions and the text to work on.</summary>
public sealed record FakeChat(string System, string User);

/// <summary>One request to <c>/v1/audio/transcriptions</c>: the form fields and the audio's bytes.</summary>
public sealed record FakeTranscriptionRequest(string Model, string Language, string? FileName, byte[] Audio);
