using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Every record is kept whole as <c>jsonb</c> beside the columns it is found by, written with the same
/// conventions as the LiteDB store (web names, enums as names), so data reads the same in both.
/// </summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetJsonConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>Reads <see cref="IReadOnlySet{T}"/> (a staff member's roles) as a <see cref="HashSet{T}"/>, which System.Text.Json cannot create by itself.</summary>
    private sealed class ReadOnlySetJsonConverter : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlySet<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(SetConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

        private sealed class SetConverter<T> : JsonConverter<IReadOnlySet<T>>
        {
            public override IReadOnlySet<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                JsonSerializer.Deserialize<HashSet<T>>(ref reader, options);

            public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize(writer, value.ToList(), options);
        }
    }
}
