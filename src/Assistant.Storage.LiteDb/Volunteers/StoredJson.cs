using LiteDB;

namespace Assistant.Storage.LiteDb.Volunteers;

/// <summary>Volunteer records as JSON beside their id, the way the other stores keep theirs.</summary>
internal static class StoredJson
{
    private const string Field = "json";

    public static BsonDocument Document<T>(BsonValue id, T value) => new()
    {
        ["_id"] = id,
        [Field] = System.Text.Json.JsonSerializer.Serialize(value, StorageJson.Options),
    };

    public static T Read<T>(BsonDocument doc) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(doc[Field].AsString, StorageJson.Options)!;
}
