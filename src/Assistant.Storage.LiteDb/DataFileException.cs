namespace Assistant.Storage.LiteDb;

/// <summary>
/// The data file cannot be used. The message is one sentence for the operator: the file, what is
/// wrong, and what to do. The file itself is left exactly as it was.
/// </summary>
public sealed class DataFileException(string message) : Exception(message)
{
    /// <summary>The file exists but is not a database the bot can read.</summary>
    public static DataFileException Unreadable(string path, string problem) =>
        new($"The data file {path} {problem}; it was left untouched: restore the last backup with " +
            "'restore <backup-file>' (README, \"Operating the bot\"), or move the file away to start with an empty store.");

    /// <summary>The file or its folder cannot be opened for writing: a read-only folder, or another bot holding it.</summary>
    public static DataFileException NotWritable(string path, Exception reason) =>
        new($"The data file {path} cannot be opened for reading and writing ({reason.Message.TrimEnd('.')}): " +
            "make its folder writable for the bot, and run only one bot on one file (Storage:LiteDb:Path).");
}
