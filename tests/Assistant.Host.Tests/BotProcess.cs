using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Assistant.LocalChat;

namespace Assistant.Host.Tests;

/// <summary>
/// The built bot (<c>Assistant.dll</c>) as a child process: settings as environment variables, the
/// local chat on a free loopback port, standard output and error captured, every wait bounded, killed on dispose.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public string StandardOutput { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string StandardError { get { lock (_stderr) { return _stderr.ToString(); } } }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the bot and, unless it is expected to refuse, waits until <c>/health/live</c> answers.</summary>
    public static async Task<BotProcess> StartAsync(string workingDirectory, IDictionary<string, string?> settings, bool waitUntilLive = true, params string[] args)
    {
        var port = FreePort();
        var bot = Launch(workingDirectory, WithDefaults(settings, port), args, new Uri($"http://127.0.0.1:{port}"));
        if (waitUntilLive)
        {
            await bot.WaitUntilLiveAsync();
        }

        return bot;
    }

    /// <summary>Runs a verb (<c>backup</c>, <c>restore</c>) to its end: exit code, standard output, standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunVerbAsync(string workingDirectory, IDictionary<string, string?> settings, params string[] args)
    {
        await using var verb = Launch(workingDirectory, WithDefaults(settings, FreePort()), args, new Uri("http://127.0.0.1"));
        var exit = await verb.WaitForExitAsync(TimeSpan.FromSeconds(90));
        return (exit, verb.StandardOutput, verb.StandardError);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>Stops the bot as a service manager would (SIGTERM), so it closes the data file cleanly.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            await WaitForExitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public async Task<LocalChatEndpoints.ChatResponse> ChatAsync(long userId, object message)
    {
        var response = await Http.PostAsJsonAsync($"/api/chat/{userId}", message);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>())!;
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static Dictionary<string, string?> WithDefaults(IDictionary<string, string?> settings, int port)
    {
        var all = new Dictionary<string, string?>
        {
            ["LocalChat__Url"] = $"http://127.0.0.1:{port}",
            ["Health__Urls"] = $"http://127.0.0.1:{port}",
            // Content is not edited during these tests; no file watchers (each costs an inotify instance).
            ["Offers__WatchForChanges"] = "false",
            ["Workshops__WatchForChanges"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    private static BotProcess Launch(string workingDirectory, Dictionary<string, string?> settings, string[] args, Uri baseAddress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistant.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => Append(bot._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(bot._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    private static void Append(StringBuilder into, string? line)
    {
        if (line is not null)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot ended at start with {_process.ExitCode}: {StandardError}");
            }

            try
            {
                using var response = await Http.GetAsync("/health/live");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot did not answer /health/live within {StartTimeout}: {StandardError}");
    }
}
