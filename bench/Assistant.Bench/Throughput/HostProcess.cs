using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Assistant.Core.Hosting;
using Assistant.Telegram.Fakes;

namespace Assistant.Bench.Throughput;

/// <summary>
/// The built bot (<c>Assistant.dll</c>, as shipped) in a process of its own, polling the fake Bot API: its CPU
/// time and peak memory are then the bot's alone, not the fake's, as when it ran against the Node fake.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private HostProcess(Process process) => _process = process;

    /// <summary>CPU time the bot has used so far, all threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The most memory the bot held at any moment so far (VmHWM: the peak resident set).</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    public bool HasExited => _process.HasExited;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Starts the bot on a new data file in <paramref name="folder"/>; sending limits and flood protection lifted.</summary>
    public static HostProcess Start(FakeBotApi fake, string folder, string hostDll)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The repository: the bot finds dialogs/, localization/ and content/ there, also when it was published elsewhere.
            WorkingDirectory = Path.GetDirectoryName(ContentPaths.Resolve("dialogs")),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        var settings = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = fake.Token,
            ["Telegram__ApiBaseUrl"] = fake.BaseUrl,
            // The fake is the only peer: Telegram's own limits (30/s, 1/s per chat) would measure themselves.
            ["Telegram__Sending__GlobalPerSecond"] = "10000",
            ["Telegram__Sending__PrivateChatPerSecond"] = "1000",
            ["Telegram__Sending__PrivateChatBurst"] = "100",
            ["Dialogs__MaxMessagesPerMinute"] = "10000",
            ["Storage__LiteDb__Path"] = Path.Combine(folder, "assistant.db"),
            ["Health__Urls"] = $"http://127.0.0.1:{FreePort()}",
            ["Offers__WatchForChanges"] = "false",
            ["Workshops__WatchForChanges"] = "false",
            ["Logging__LogLevel__Default"] = "Error",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();

        // Should the benchmark itself be stopped, the bot must not keep polling a fake that is gone.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.KillIfRunning();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Stops the bot as a service manager would (SIGTERM), so it closes its data file; killed if it hangs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    private void KillIfRunning()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Disposed: it ended already.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }
        }
    }
}
