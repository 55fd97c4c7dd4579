using System.Reflection;
using System.Runtime.ExceptionServices;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// A collection handle that is not bound to one LiteDB engine: each call goes to the collection of the
/// engine open at that moment. The stores keep their handles for the life of the process, but after a
/// failed write the database is opened again (see <see cref="AssistantDatabase"/>), and a handle bound
/// to the stopped engine would fail every later turn.
/// </summary>
public class CollectionProxy : DispatchProxy
{
    private AssistantDatabase? _db;
    private string _name = "";

    internal static ILiteCollection<BsonDocument> For(AssistantDatabase db, string name)
    {
        var proxy = Create<ILiteCollection<BsonDocument>, CollectionProxy>();
        var self = (CollectionProxy)(object)proxy;
        self._db = db;
        self._name = name;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var collection = _db!.Database.GetCollection(_name);
        try
        {
            return targetMethod.Invoke(collection, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
