using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Extensions;
using Assistant.Storage.LiteDb;

namespace Assistant;

/// <summary>
/// <c>backup &lt;target-file&gt;</c> and <c>restore &lt;backup-file&gt;</c>, on the data file the bot's
/// settings name. A running bot holds the data file alone, so a backup asks it, through the admin
/// endpoint its ticket file names; a stopped bot's file is copied here. A restore needs the bot stopped.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> BackupAsync(string[] args, TextWriter output)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Usage: backup <target-file>").ConfigureAwait(false);
            return 2;
        }

        var dataFile = DataFileOf(args[1..]);
        var target = Path.GetFullPath(args[0]);
        try
        {
            var ticketFile = AdminEndpoint.TicketFileOf(dataFile);
            if (File.Exists(ticketFile) && await AskRunningBotAsync(ticketFile, target).ConfigureAwait(false) is { } answer)
            {
                if (answer.Error is not null)
                {
                    throw new BackupException(answer.Error);
                }

                await output.WriteLineAsync($"Backup of the running bot written to {answer.File} ({answer.Bytes} bytes).").ConfigureAwait(false);
                return 0;
            }

            if (!File.Exists(dataFile))
            {
                throw new BackupException($"The data file {dataFile} does not exist, so there is nothing to back up (Storage:LiteDb:Path).");
            }

            DatabaseBackup.Write(dataFile, target);
            await output.WriteLineAsync($"Backup written to {target} ({new FileInfo(target).Length} bytes).").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is BackupException or DataFileException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("Backup failed: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    public static async Task<int> RestoreAsync(string[] args, TextWriter output)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Usage: restore <backup-file>").ConfigureAwait(false);
            return 2;
        }

        var dataFile = DataFileOf(args[1..]);
        try
        {
            var kept = DatabaseBackup.Restore(Path.GetFullPath(args[0]), dataFile, TimeProvider.System.GetUtcNow());
            await output.WriteLineAsync($"Restored {dataFile} from {Path.GetFullPath(args[0])}."
                + (kept is null ? "" : $" The replaced file is kept as {kept}.")).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("Restore failed: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The data file as the bot would find it: the same settings files, environment and arguments.</summary>
    private static string DataFileOf(string[] settingsArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settingsArgs, ContentRootPath = AppContext.BaseDirectory });
        if (StorageExtensions.ProviderOf(builder.Configuration) == StorageProvider.PostgreSql)
        {
            throw new BackupException("Storage:Provider is PostgreSql: back up and restore the database with pg_dump and pg_restore; backup and restore copy only the LiteDB data file.");
        }

        return DataFileLocation.Of(builder.Configuration);
    }

    /// <summary>The running bot's answer, or null when no bot answers at the ticket's address (a ticket left by a crash).</summary>
    private static async Task<AdminEndpoint.BackupResponse?> AskRunningBotAsync(string ticketFile, string target)
    {
        var ticket = JsonSerializer.Deserialize<AdminEndpoint.Ticket>(await File.ReadAllTextAsync(ticketFile).ConfigureAwait(false))
            ?? throw new BackupException($"The ticket file {ticketFile} is empty; restart the bot.");
        using var http = new HttpClient { BaseAddress = new Uri(ticket.Url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ticket.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync("/admin/backup", new AdminEndpoint.BackupRequest(target)).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        using (response)
        {
            if (response.StatusCode == System.Net.HttpStatusCode.Forbidden)
            {
                throw new BackupException($"The bot at {ticket.Url} refused the token in {ticketFile}; it belongs to another run: restart the bot.");
            }

            return await response.Content.ReadFromJsonAsync<AdminEndpoint.BackupResponse>().ConfigureAwait(false);
        }
    }
}
