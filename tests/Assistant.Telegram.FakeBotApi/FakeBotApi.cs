using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Telegram.Fakes;

/// <summary>
/// A Bot API server on 127.0.0.1 that keeps everything in memory: updates wait in a queue for getUpdates
/// (with Telegram's offset and long-poll timeout), sends are recorded and answered like Telegram does.
/// Failures can be injected per call (<see cref="FailWith"/>), and an overall send limit can be enforced
/// (<see cref="GlobalSendLimitPerSecond"/>) the way Telegram counts: arrivals in any one-second window.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string BotUsername = "assistant_test_bot";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<ApiCall> _calls = [];
    private readonly Dictionary<long, List<ApiCall>> _callsByChat = [];
    private readonly List<(int Id, JsonObject Update)> _pending = [];
    private readonly Dictionary<int, long> _pushedAt = [];
    private readonly Dictionary<long, List<SentMessage>> _sent = [];
    private readonly Queue<long> _recentSends = new();
    private readonly Dictionary<long, List<(int Count, TaskCompletionSource Done)>> _chatWaiters = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private FakeBotApi(WebApplication app, string token)
    {
        _app = app;
        Token = token;
        BotId = long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        app.Map("/bot{token}/{method}", HandleAsync);
    }

    public string Token { get; }

    public long BotId { get; }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Decides, for each call before it is carried out, whether it fails instead; null lets it through.</summary>
    public Func<ApiCall, FakeFailure?>? FailWith { get; set; }

    /// <summary>When set, a send beyond this many in the last second is answered 429 (retry_after 1).</summary>
    public int? GlobalSendLimitPerSecond { get; set; }

    /// <summary>Confirmed offset of the last getUpdates, as Telegram would remember it.</summary>
    public long? ConfirmedOffset { get; private set; }

    public static async Task<FakeBotApi> StartAsync(string token = "123456789:FAKE-token-for-tests_0123456789abcdef")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 60_000_000);
        var fake = new FakeBotApi(builder.Build(), token);
        await fake._app.StartAsync().ConfigureAwait(false);
        return fake;
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToList();
            }
        }
    }

    public IReadOnlyList<ApiCall> CallsOf(string method) => Calls.Where(c => c.Method == method).ToList();

    /// <summary>The calls about one chat, in order; cheap also when there are very many calls.</summary>
    public IReadOnlyList<ApiCall> CallsAbout(long chatId)
    {
        lock (_lock)
        {
            return _callsByChat.TryGetValue(chatId, out var list) ? list.ToList() : [];
        }
    }

    /// <summary>The messages sent to a chat, in order of arrival, as they look now (snapshots: later edits do not change them).</summary>
    public IReadOnlyList<SentMessage> MessagesTo(long chatId)
    {
        lock (_lock)
        {
            return _sent.TryGetValue(chatId, out var list) ? list.Select(m => m.Snapshot()).ToList() : [];
        }
    }

    public IReadOnlyList<string> TextsTo(long chatId) => MessagesTo(chatId).Select(m => m.Text ?? "").ToList();

    /// <summary>When the update was queued, on the <see cref="Stopwatch"/> clock.</summary>
    public long PushedAt(int updateId)
    {
        lock (_lock)
        {
            return _pushedAt[updateId];
        }
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, checking after every call; fails after <paramref name="timeout"/>
    /// (default 30 s: a passing test never waits that long, and a busy CI machine must not make it fail).
    /// </summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? TimeSpan.FromSeconds(30)).TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The fake Bot API waited in vain for: {what ?? "the condition"}. Calls so far: {string.Join(", ", Calls.Select(c => c.StatusCode == 200 ? c.Method : $"{c.Method} ({c.StatusCode})"))}");
            }

            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
        }
    }

    /// <summary>Completes when <paramref name="chatId"/> has received <paramref name="count"/> messages; cheap with many waiters.</summary>
    public Task WaitForMessagesAsync(long chatId, int count, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_sent.TryGetValue(chatId, out var list) && list.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_chatWaiters.TryGetValue(chatId, out var waiters))
            {
                _chatWaiters[chatId] = waiters = [];
            }

            waiters.Add((count, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var parameters = await ReadParametersAsync(http.Request).ConfigureAwait(false);
        var call = new ApiCall(method, parameters, Stopwatch.GetTimestamp(), 200);
        if (token != Token)
        {
            await RespondAsync(http, Record(call with { StatusCode = 401 }), new FakeFailure(401, "Unauthorized"), null).ConfigureAwait(false);
            return;
        }

        if (method == "getUpdates")
        {
            FakeFailure? refused;
            lock (_lock)
            {
                refused = FailWith?.Invoke(call);
            }

            var updates = refused is null ? await GetUpdatesAsync(parameters, http.RequestAborted).ConfigureAwait(false) : null;
            await RespondAsync(http, Record(call with { StatusCode = refused?.ErrorCode ?? 200 }), refused, updates).ConfigureAwait(false);
            return;
        }

        FakeFailure? failure;
        JsonNode? result = null;
        lock (_lock)
        {
            failure = FailWith?.Invoke(call) ?? OverGlobalLimit(call);
            try
            {
                result = failure is null ? Execute(call) : null;
            }
            catch (InvalidOperationException e)
            {
                failure = new FakeFailure(400, "Bad Request: " + e.Message);
            }

            if (failure is null && call.IsSend && GlobalSendLimitPerSecond is not null)
            {
                _recentSends.Enqueue(call.Timestamp);
            }

            // Recorded under the same lock as the message, so nobody sees one without the other.
            call = Record(call with { StatusCode = failure?.ErrorCode ?? 200 });
        }

        await RespondAsync(http, call, failure, result).ConfigureAwait(false);
    }

    private FakeFailure? OverGlobalLimit(ApiCall call)
    {
        if (GlobalSendLimitPerSecond is not { } limit || !call.IsSend)
        {
            return null;
        }

        while (_recentSends.Count > 0 && Stopwatch.GetElapsedTime(_recentSends.Peek(), call.Timestamp) >= TimeSpan.FromSeconds(1))
        {
            _recentSends.Dequeue();
        }

        return _recentSends.Count >= limit ? FakeFailure.TooManyRequests(1) : null;
    }

    private ApiCall Record(ApiCall call)
    {
        lock (_lock)
        {
            _calls.Add(call);
            if (call.ChatId is { } chatId)
            {
                if (!_callsByChat.TryGetValue(chatId, out var list))
                {
                    _callsByChat[chatId] = list = [];
                }

                list.Add(call);

                // Waiters wake only now, so whoever waited finds the call recorded too.
                if (_chatWaiters.TryGetValue(chatId, out var waiters) && _sent.TryGetValue(chatId, out var sent))
                {
                    waiters.RemoveAll(w => w.Count <= sent.Count && w.Done.TrySetResult());
                }
            }

            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return call;
    }
}
