using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// One explicit LiteDB transaction around synchronous work. LiteDB binds a transaction to the thread that
/// began it, so the work must not await; every store call inside is synchronous.
/// </summary>
internal static class LiteDbTransaction
{
    /// <summary>Runs <paramref name="write"/> and commits, or rolls back if it throws.</summary>
    public static T Run<T>(LiteDatabase database, Func<T> write) => Run(database, write, _ => true);

    /// <summary>Runs <paramref name="write"/>; commits when <paramref name="keep"/> says so, else rolls back.</summary>
    public static T Run<T>(LiteDatabase database, Func<T> write, Func<T, bool> keep)
    {
        if (!database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        }

        T result;
        try
        {
            result = write();
        }
        catch
        {
            RollBackQuietly(database);
            throw;
        }

        if (keep(result))
        {
            database.Commit();
        }
        else
        {
            database.Rollback();
        }

        return result;
    }

    private static void RollBackQuietly(LiteDatabase database)
    {
        try
        {
            database.Rollback();
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException)
        {
            // The engine stopped after a failed write; what it held is in neither file.
        }
    }
}
