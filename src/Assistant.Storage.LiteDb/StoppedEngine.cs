using System.Collections;
using System.Reflection;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// LiteDB 5 leaves the transaction that hit a failed write open in its stopped engine; when the garbage
/// collector later finalizes it, its cleanup fails an internal check and the exception on the finalizer
/// thread ends the whole process. Before a stopped engine is let go, its open transactions are taken
/// off the finalizer queue. LiteDB offers no public way to reach them, hence reflection; if its
/// internals change, nothing is done (and the tests with an injected write failure show it).
/// </summary>
internal static class StoppedEngine
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    public static int ForgetOpenTransactions(LiteDatabase database)
    {
        var engine = typeof(LiteDatabase).GetField("_engine", Instance)?.GetValue(database);
        var monitor = engine?.GetType().GetField("_monitor", Instance)?.GetValue(engine);
        if (monitor?.GetType().GetProperty("Transactions", Instance)?.GetValue(monitor) is not IEnumerable transactions)
        {
            return 0;
        }

        var count = 0;
        foreach (var transaction in transactions.Cast<object>().ToList())
        {
            GC.SuppressFinalize(transaction);
            count++;
        }

        return count;
    }
}
