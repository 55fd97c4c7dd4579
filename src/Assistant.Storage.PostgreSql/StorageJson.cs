using System.Text.Json;
using Assistant.Core.Storage;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Every record is kept whole as <c>jsonb</c> beside the columns it is found by, written with the same
/// conventions as the LiteDB store (web names, enums as names), so data reads the same in both.
/// </summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options => RecordJson.Options;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
