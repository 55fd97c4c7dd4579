using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Core.Storage;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// How every store keeps a record: as JSON in one field of its document, beside its id and the fields it is
/// found by. Older collections name the field after the record (<c>profile</c>, <c>job</c>); data files keep them.
/// </summary>
internal static class StorageJson
{
    public const string Field = "json";

    public static JsonSerializerOptions Options => RecordJson.Options;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(BsonDocument doc) => Read<T>(doc, Field);

    public static T Read<T>(BsonDocument doc, string field) => JsonSerializer.Deserialize<T>(doc[field].AsString, Options)!;

    /// <summary>A document of just the id and the record.</summary>
    public static BsonDocument Document<T>(BsonValue id, T value, string field = Field) => new()
    {
        ["_id"] = id,
        [field] = Write(value),
    };
}
