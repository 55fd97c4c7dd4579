using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Storage.LiteDb;

internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetJsonConverter() },
    };
}
