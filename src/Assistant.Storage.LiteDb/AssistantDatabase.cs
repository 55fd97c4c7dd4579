using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// The one open LiteDB file of the process. LiteDB is thread-safe inside one process, and the file is
/// locked against other processes, so a single shared instance is both correct and fastest. LiteDB
/// stops its engine for good after one failed disk write; this class then opens the file again at the
/// next use, so a full disk costs the turns that fall into it and not every turn after space returns.
/// </summary>
public sealed class AssistantDatabase : IDisposable
{
    private readonly IDataFileOpener _opener;
    private readonly ILogger<AssistantDatabase> _logger;
    private readonly Lock _openLock = new();
    private readonly DataFileLock? _writerLock;
    private Open? _open;
    private volatile bool _failed;

    public AssistantDatabase(IOptions<LiteDbOptions> options, IDataFileOpener opener, ILogger<AssistantDatabase> logger)
    {
        _opener = opener;
        _logger = logger;
        DataFile = Path.GetFullPath(options.Value.Path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DataFile)!);
            _writerLock = DataFileLock.Acquire(DataFile);
            DataFileCheck.ThrowIfUnreadable(DataFile);
            _open = OpenFile();
            _failed = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _writerLock?.Dispose();
            throw DataFileException.NotWritable(DataFile, e);
        }
        catch
        {
            _writerLock?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the file outside a host (tools and tests): real files, no logging.</summary>
    public AssistantDatabase(IOptions<LiteDbOptions> options)
        : this(options, new DataFileOpener(), Microsoft.Extensions.Logging.Abstractions.NullLogger<AssistantDatabase>.Instance)
    {
    }

    public string DataFile { get; }

    /// <summary>The database open now; opened again first if the last disk operation failed.</summary>
    public LiteDatabase Database => Current().Database;

    /// <summary>Whether the last disk operation failed and the file has not been opened again since.</summary>
    public bool Failing => _failed;

    /// <summary>A handle that follows the database across re-openings.</summary>
    public ILiteCollection<BsonDocument> Collection(string name) => CollectionProxy.For(this, name);

    /// <summary>Writes a consistent copy: every committed change is moved into the data file, then the file is copied while LiteDB waits.</summary>
    public void BackupTo(string target)
    {
        var open = Current();
        open.Database.Checkpoint();
        open.Data.CopyTo(target);
        if (DataFileCheck.ProblemOf(target) is { } problem)
        {
            File.Delete(target);
            throw new BackupException($"The backup written to {target} {problem}, so it was deleted; try again.");
        }
    }

    /// <summary>A real write, so that a readiness check sees a full disk or a lost mount.</summary>
    public void ProbeWrite(DateTimeOffset now) =>
        Database.GetCollection("health").Upsert(new BsonDocument { ["_id"] = 1, ["at"] = now.UtcTicks });

    public void Dispose()
    {
        lock (_openLock)
        {
            Close(_open);
            _open = null;
            _writerLock?.Dispose();
        }
    }

    private Open Current()
    {
        var open = _open;
        if (!_failed && open is not null)
        {
            return open;
        }

        lock (_openLock)
        {
            if (_failed || _open is null)
            {
                _logger.LogWarning("Opening the data file {DataFile} again after a failed disk operation", DataFile);
                Close(_open);
                _open = null;
                _failed = false;
                _open = OpenFile();
            }

            return _open;
        }
    }

    private Open OpenFile()
    {
        DataFileStream? data = null;
        DataFileStream? log = null;
        try
        {
            data = new DataFileStream(_opener.Open(DataFile), MarkFailed);
            log = new DataFileStream(_opener.Open(DataFileCheck.LogFileOf(DataFile)), MarkFailed);
            return new Open(new LiteDatabase(data, mapper: null, logStream: log), data, log);
        }
        catch
        {
            // Still failing (the disk is still full): the next use tries again.
            _failed = true;
            data?.Release();
            log?.Release();
            throw;
        }
    }

    private void MarkFailed()
    {
        if (!_failed)
        {
            _failed = true;
            _logger.LogError("A disk operation on the data file {DataFile} failed; turns fail until it works again", DataFile);
        }
    }

    private void Close(Open? open)
    {
        if (open is null)
        {
            return;
        }

        try
        {
            if (_failed)
            {
                var forgotten = StoppedEngine.ForgetOpenTransactions(open.Database);
                _logger.LogDebug("{Count} open transactions of the stopped engine taken off the finalizer queue", forgotten);
            }

            open.Database.Dispose();
        }
        catch (Exception e) when (e is IOException or LiteException or ObjectDisposedException or InvalidOperationException)
        {
            // The engine already stopped after the failure; what it could not write is in neither file.
            _logger.LogDebug(e, "Closing the failed database");
        }

        open.Data.Release();
        open.Log.Release();
    }

    private sealed record Open(LiteDatabase Database, DataFileStream Data, DataFileStream Log);
}
