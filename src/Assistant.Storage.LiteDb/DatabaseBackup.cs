namespace Assistant.Storage.LiteDb;

/// <summary>A backup or restore that cannot be done; the message is one sentence for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// Backup and restore of the data file when the bot is not running; a running bot writes its own
/// backup (<see cref="AssistantDatabase.BackupTo"/>), since only it may open the file.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Copies the data file of a stopped bot, with every committed change moved into it first.</summary>
    public static void Write(string dataFile, string target)
    {
        // A bot that runs without its ticket file (deleted by hand) must not find a second writer on its file.
        try
        {
            DataFileOpener.OpenExclusive(dataFile).Dispose();
        }
        catch (IOException)
        {
            throw new BackupException($"The data file {dataFile} is in use by a running bot whose ticket file {dataFile}.admin is missing: restart the bot, then back up.");
        }

        using var db = new AssistantDatabase(Microsoft.Extensions.Options.Options.Create(new LiteDbOptions { Path = dataFile }));
        db.BackupTo(target);
    }

    /// <summary>
    /// Replaces the data file with a checked backup, keeping the replaced file (and its log) beside it
    /// as <c>name.before-restore-{time}</c>. Refused while a bot holds the data file.
    /// </summary>
    public static string? Restore(string backup, string dataFile, DateTimeOffset now)
    {
        if (!File.Exists(backup))
        {
            throw new BackupException($"The backup {backup} does not exist; nothing was restored.");
        }

        if (DataFileCheck.ProblemOf(backup) is { } problem)
        {
            throw new BackupException($"The backup {backup} {problem}; nothing was restored.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        using var data = OpenLocked(dataFile);
        using var log = OpenLocked(DataFileCheck.LogFileOf(dataFile));
        var kept = data.Length > 0 ? KeepAside(data, log, dataFile, now) : null;

        // Written through the locked handles, so no bot can start on a half-written file meanwhile.
        using (var source = File.OpenRead(backup))
        {
            data.SetLength(0);
            source.CopyTo(data);
        }

        data.Flush(flushToDisk: true);

        // The old log holds changes to the old file: replayed onto the backup they would corrupt it.
        log.SetLength(0);
        log.Flush(flushToDisk: true);
        return kept;
    }

    /// <summary>Writes a file as a temporary copy first, so a failed or interrupted backup never looks like a finished one.</summary>
    internal static void WriteAtomically(string target, Action<Stream> write)
    {
        if (File.Exists(target))
        {
            throw new BackupException($"The backup target {target} already exists; choose a new file name.");
        }

        var partial = target + ".partial";
        try
        {
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(output);
                output.Flush(flushToDisk: true);
            }

            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static FileStream OpenLocked(string path)
    {
        try
        {
            return DataFileOpener.OpenExclusive(path);
        }
        catch (IOException)
        {
            throw new BackupException($"The data file {path} is in use: stop the bot first, then restore.");
        }
    }

    private static string KeepAside(FileStream data, FileStream log, string dataFile, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var kept = Path.Combine(Path.GetDirectoryName(dataFile)!, $"{Path.GetFileNameWithoutExtension(dataFile)}.before-restore-{stamp}{Path.GetExtension(dataFile)}");
        Copy(data, kept);
        if (log.Length > 0)
        {
            Copy(log, DataFileCheck.LogFileOf(kept));
        }

        return kept;
    }

    private static void Copy(FileStream from, string to)
    {
        from.Position = 0;
        using var output = new FileStream(to, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        from.CopyTo(output);
        output.Flush(flushToDisk: true);
    }
}
