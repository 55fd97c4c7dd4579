using LiteDB;
using Microsoft.Extensions.Options;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// The one open LiteDB file of the process. LiteDB is thread-safe inside one process and locks the
/// file against others, so a single shared instance is both correct and fastest.
/// </summary>
public sealed class AssistantDatabase : IDisposable
{
    public AssistantDatabase(IOptions<LiteDbOptions> options)
    {
        var path = Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
    }

    public LiteDatabase Database { get; }

    public ILiteCollection<BsonDocument> Collection(string name) => Database.GetCollection(name);

    public void Dispose() => Database.Dispose();
}
