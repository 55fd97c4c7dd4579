using System.Buffers.Binary;
using System.Text;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Checks a data file before LiteDB opens it for writing. LiteDB treats a 0-byte file as new and may
/// rewrite the header of a damaged one, so a file that is not a readable LiteDB 5 database would be
/// silently replaced by an empty store: every registration gone. This check reads the header itself,
/// then reads every document through a read-only connection, and never writes.
/// </summary>
public static class DataFileCheck
{
    public const int PageSize = 8192;
    private const string HeaderInfo = "** This is a LiteDB file **";
    private const int HeaderInfoAt = 32;
    private const int FileVersionAt = 59;
    private const byte FileVersion = 8;
    private const int LastPageIdAt = 64;

    /// <summary>Throws <see cref="DataFileException"/> when the file exists and cannot be read; a missing file is fine.</summary>
    public static void ThrowIfUnreadable(string path)
    {
        if (ProblemOf(path) is { } problem)
        {
            throw DataFileException.Unreadable(path, problem);
        }
    }

    /// <summary>What is wrong with an existing file ("is empty (0 bytes)"), or null when it is a readable database or missing.</summary>
    public static string? ProblemOf(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        if (file.Length == 0)
        {
            return "is empty (0 bytes)";
        }

        return HeaderProblem(path, file.Length) ?? ReadProblem(path);
    }

    /// <summary>The path of LiteDB's write-ahead log beside a data file (<c>name-log.ext</c>), as LiteDB names it.</summary>
    public static string LogFileOf(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    private static string? HeaderProblem(string path, long length)
    {
        if (length < PageSize)
        {
            return $"is too short to be a database ({length} bytes)";
        }

        var header = new byte[PageSize];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            stream.ReadExactly(header);
        }

        if (Encoding.ASCII.GetString(header, HeaderInfoAt, HeaderInfo.Length) != HeaderInfo || header[FileVersionAt] != FileVersion)
        {
            return "is not a LiteDB 5 database (its header is wrong)";
        }

        // Pages reach the data file only at a checkpoint, header last; with an empty log the header's
        // last page must be in the file, otherwise the file was cut short (a copy that did not finish).
        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdAt));
        var log = new FileInfo(LogFileOf(path));
        return (!log.Exists || log.Length == 0) && (length % PageSize != 0 || (lastPage + 1L) * PageSize > length)
            ? $"is cut short ({length} bytes, its header needs {(lastPage + 1L) * PageSize})"
            : null;
    }

    private static string? ReadProblem(string path)
    {
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            foreach (var name in db.GetCollectionNames().ToList())
            {
                foreach (var _ in db.GetCollection(name).FindAll())
                {
                }
            }

            return null;
        }
        catch (Exception e) when (e is EndOfStreamException || e is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            // A damaged page surfaces as whatever the reader trips over first; the type says nothing more to an operator.
            return $"is damaged ({e.Message.TrimEnd('.')})";
        }
    }
}
