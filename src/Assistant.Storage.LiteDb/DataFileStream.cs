namespace Assistant.Storage.LiteDb;

/// <summary>
/// The stream LiteDB reads and writes the data file (or its log) through. It notices a failed disk
/// operation (a full disk, a lost mount), because LiteDB stops its engine for good after one: the
/// owner then opens the file again once the disk works. LiteDB's own wrappers lock on this object
/// around every access, so holding that lock keeps LiteDB off the file (see <see cref="CopyTo"/>).
/// </summary>
public sealed class DataFileStream(Stream inner, Action onFailure) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => Guard(() => inner.Length);

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => Guard(() =>
    {
        // LiteDB flushes at each commit; the commit is only durable once the bytes are on the disk.
        if (inner is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            inner.Flush();
        }

        return 0;
    });

    public override int Read(byte[] buffer, int offset, int count) => Guard(() => inner.Read(buffer, offset, count));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => Guard(() =>
    {
        inner.SetLength(value);
        return 0;
    });

    public override void Write(byte[] buffer, int offset, int count) => Guard(() =>
    {
        inner.Write(buffer, offset, count);
        return 0;
    });

    /// <summary>Copies the whole file while LiteDB can neither read nor write it.</summary>
    public void CopyTo(string target)
    {
        lock (this)
        {
            var position = inner.Position;
            try
            {
                inner.Flush();
                inner.Position = 0;
                DatabaseBackup.WriteAtomically(target, output => inner.CopyTo(output));
            }
            finally
            {
                inner.Position = position;
            }
        }
    }

    /// <summary>Closes the file; LiteDB's disposal of its wrappers must not, since the engine may be reopened on a fresh stream.</summary>
    public void Release() => inner.Dispose();

    protected override void Dispose(bool disposing)
    {
        // Deliberately empty: LiteDB 5 disposes the streams it was handed when its engine stops after
        // a failure, while we still hold them; Release closes the file.
    }

    private T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (IOException)
        {
            onFailure();
            throw;
        }
    }
}
