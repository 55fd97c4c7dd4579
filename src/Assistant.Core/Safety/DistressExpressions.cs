using Assistant.Core.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Assistant.Core.Safety;

/// <summary>
/// The curated expressions that say a person is in danger or being hurt, per language, from
/// <c>localization/safety/distress.yaml</c>. They live beside the texts because the same native speakers
/// review them, but in a file of their own: they are never shown, each language needs its own number of
/// them, and the texts' rule of the same keys in every language does not fit a list of phrases.
/// </summary>
public sealed class DistressExpressions(IReadOnlyDictionary<string, IReadOnlyList<string>> byLanguage)
{
    public const string RelativePath = "safety/distress.yaml";

    /// <summary>Fewer than this per language means the file was cut short, not curated.</summary>
    public const int MinimumPerLanguage = 5;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByLanguage { get; } = byLanguage;

    /// <summary>Reads the file under <paramref name="localizationFolder"/>; a missing language or a broken file stops the start, naming the file.</summary>
    public static DistressExpressions Load(string localizationFolder)
    {
        var file = Path.Combine(localizationFolder, RelativePath);
        if (!File.Exists(file))
        {
            throw new LocalizationException($"{file}: missing; the bot must recognise a person in danger in every language.");
        }

        Dictionary<string, List<string>>? read;
        try
        {
            using var reader = new StreamReader(file);
            read = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(reader);
        }
        catch (YamlException e)
        {
            throw new LocalizationException($"{file}: not valid YAML at line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var language in Languages.Supported)
        {
            var list = read?.GetValueOrDefault(language)?.Where(e => !string.IsNullOrWhiteSpace(e)).ToList() ?? [];
            if (list.Count < MinimumPerLanguage)
            {
                throw new LocalizationException($"{file}: '{language}' needs at least {MinimumPerLanguage} expressions; it has {list.Count}.");
            }

            result[language] = list;
        }

        return new DistressExpressions(result);
    }
}
