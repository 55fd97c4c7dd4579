using System.Net;
using System.Net.Sockets;

namespace Assistant.Host.Tests;

/// <summary>A start that cannot go on ends in one sentence naming the path, address or setting, with a non-zero exit: no stack trace.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task A_taken_port_stops_the_start_naming_the_address_and_the_setting()
    {
        using var temp = new TempFolder();
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["LocalChat__Url"] = url });

        Assert.Contains($"The address {url} (LocalChat:Url) is taken", error, StringComparison.Ordinal);
    }

    [MountFact]
    public async Task A_read_only_data_folder_stops_the_start_naming_the_file()
    {
        // Root ignores file permissions, so the folder is a read-only mount.
        using var disk = SmallDisk.Mount("ro,size=1m");
        using var temp = new TempFolder();
        var dataFile = Path.Combine(disk.Path, "assistant.db");

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = dataFile });

        Assert.Contains($"The data file {dataFile} cannot be opened for reading and writing", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dataFile));
    }

    [Fact]
    public async Task A_file_where_the_data_folder_should_be_stops_the_start_naming_the_file()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("data"), "a file, not a folder");
        var dataFile = temp.File("data/assistant.db");

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = dataFile });

        Assert.Contains($"The data file {dataFile} cannot be opened for reading and writing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_setting_stops_the_start_naming_the_key()
    {
        using var temp = new TempFolder();

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["Dialogs__MaxMessagesPerMinute"] = "0", ["Storage__LiteDb__Path"] = temp.File("a.db") });

        Assert.Contains("MaxMessagesPerMinute", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSql_without_a_connection_string_stops_the_start_naming_the_key()
    {
        using var temp = new TempFolder();

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["Storage__Provider"] = "PostgreSql" });

        Assert.Contains("Storage:PostgreSql:ConnectionString is required when Storage:Provider is PostgreSql", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_stops_the_start_naming_it_but_never_its_password()
    {
        using var temp = new TempFolder();
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var error = await RefusedAsync(temp, new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__PostgreSql__ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=assistant;Username=bot;Password=s3cret-Passw0rd",
        });

        Assert.Contains($"The PostgreSQL database assistant on 127.0.0.1:{port} cannot be used", error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Passw0rd", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_storage_provider_stops_the_start_naming_the_key()
    {
        using var temp = new TempFolder();

        var error = await RefusedAsync(temp, new Dictionary<string, string?> { ["Storage__Provider"] = "Oracle" });

        Assert.Contains("Storage:Provider is 'Oracle', but must be LiteDb or PostgreSql.", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the bot to its refusal: exit code 1 and exactly one line on standard error, which is returned.</summary>
    private static async Task<string> RefusedAsync(TempFolder temp, Dictionary<string, string?> settings)
    {
        settings.TryAdd("Storage__LiteDb__Path", temp.File("assistant.db"));
        await using var bot = await BotProcess.StartAsync(temp.Path, settings, waitUntilLive: false);
        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", bot.StandardOutput + bot.StandardError, StringComparison.Ordinal);
        var line = Assert.Single(DataFileTests.Lines(bot.StandardError));
        Assert.StartsWith("Assistant cannot start: ", line, StringComparison.Ordinal);
        return line;
    }
}
