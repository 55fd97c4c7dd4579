namespace Assistant.Storage.LiteDb;

/// <summary>Opens the data file and its log. A seam for tests that make writes fail on demand.</summary>
public interface IDataFileOpener
{
    Stream Open(string path);
}

/// <summary>
/// Opens a file for reading and writing, letting others only read it (as LiteDB itself does). On Linux
/// that is a shared advisory lock, which makes <see cref="OpenExclusive"/> fail while the bot runs: so a
/// restore, or a backup that copies the file itself, is refused instead of mixing with the bot's writes.
/// </summary>
public sealed class DataFileOpener : IDataFileOpener
{
    public Stream Open(string path) =>
        new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1, FileOptions.RandomAccess);

    /// <summary>Opens the file for this process alone; fails while a bot has it open.</summary>
    public static FileStream OpenExclusive(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.RandomAccess);
}
