using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Core.Storage;

/// <summary>
/// How the stores write a record as JSON: web names, enums as names, read-only sets. One set of options for
/// every provider, so a record reads the same from the LiteDB file and from PostgreSQL.
/// </summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReadOnlySetJsonConverter() },
    };

    /// <summary>
    /// Reads <see cref="IReadOnlySet{T}"/> properties (a staff member's roles) as a <see cref="HashSet{T}"/>:
    /// System.Text.Json writes such sets but cannot create one when reading.
    /// </summary>
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
