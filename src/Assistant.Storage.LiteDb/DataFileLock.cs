namespace Assistant.Storage.LiteDb;

/// <summary>
/// One writer per data file. LiteDB opens its file shared, so a second process (the console chat next
/// to the web chat, a second copy of the bot) could open it too and overwrite the first one's changes.
/// A lock file beside the data file (<c>assistant.db.lock</c>), held open for this process alone while
/// the file is in use, refuses that second process at start. The operating system releases it when the
/// process ends, also after a crash, so a lock file left on disk never blocks the next start.
/// </summary>
public sealed class DataFileLock : IDisposable
{
    private readonly FileStream _held;

    private DataFileLock(FileStream held) => _held = held;

    public static string LockFileOf(string dataFile) => dataFile + ".lock";

    /// <summary>Takes the lock, or refuses in one sentence when another process holds it.</summary>
    public static DataFileLock Acquire(string dataFile)
    {
        var lockFile = LockFileOf(dataFile);
        try
        {
            return new DataFileLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
        }
        catch (IOException) when (File.Exists(lockFile))
        {
            // The file exists and could not be had alone: another process holds it. A read-only folder
            // ends in UnauthorizedAccessException instead and is told as "cannot be opened for writing".
            throw new DataFileException(
                $"The data file {dataFile} is in use by another running bot or console chat ({lockFile} is locked): " +
                "stop that one first, or give this one its own file (Storage:LiteDb:Path).");
        }
    }

    public void Dispose() => _held.Dispose();
}
