namespace Assistant.Storage.LiteDb;

/// <summary>
/// One writer per data file. LiteDB opens its file shared, so a second process (the console chat next
/// to the web chat, a second copy of the bot) could open it too and overwrite the first one's changes.
/// A lock file beside the data file (<c>assistant.db.lock</c>) holds a record lock while the file is in
/// use, which refuses that second process at start. The lock is a byte-range lock, not an exclusive
/// open, so anyone may still read the folder (a backup script, a test searching the bytes). The system
/// releases it when the process ends, also after a crash, so a lock file left on disk never blocks a start.
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
        if (OperatingSystem.IsMacOS())
        {
            // No byte-range locks in .NET there: an open for this process alone does the same job.
            try
            {
                return new DataFileLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
            }
            catch (IOException) when (File.Exists(lockFile))
            {
                throw InUse(dataFile, lockFile);
            }
        }

        var stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        try
        {
            stream.Lock(0, 1);
            return new DataFileLock(stream);
        }
        catch (IOException)
        {
            stream.Dispose();
            throw InUse(dataFile, lockFile);
        }
    }

    public void Dispose() => _held.Dispose();

    private static DataFileException InUse(string dataFile, string lockFile) =>
        new($"The data file {dataFile} is in use by another running bot or console chat ({lockFile} is locked): " +
            "stop that one first, or give this one its own file (Storage:LiteDb:Path).");
}
