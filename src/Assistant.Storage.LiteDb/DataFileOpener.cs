namespace Assistant.Storage.LiteDb;

/// <summary>Opens the data file and its log. A seam for tests that make writes fail on demand.</summary>
public interface IDataFileOpener
{
    Stream Open(string path);
}

/// <summary>
/// Opens a file for reading and writing, shared with no one: on Linux this is an advisory lock, so a
/// second bot on the same file, or a restore while the bot runs, is refused instead of mixing writes.
/// </summary>
public sealed class DataFileOpener : IDataFileOpener
{
    public Stream Open(string path) =>
        new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.RandomAccess);
}
