using System.Globalization;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Workshops.Content;

/// <summary>
/// What workshop and appointment files have in common: strict YAML (an unknown field is an error with
/// its line), the texts in all seven languages, local times read in the agency's time zone.
/// </summary>
internal static class ContentFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd H:mm"];

    public static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            : [];

    /// <summary>Reads one file; a syntax error or unknown field is added to <paramref name="problems"/> and gives null.</summary>
    public static T? Read<T>(string file, List<string> problems)
        where T : class
    {
        try
        {
            using var reader = new StreamReader(file);
            var dto = Yaml.Deserialize<T>(reader);
            if (dto is null)
            {
                problems.Add($"{file}: the file is empty.");
            }

            return dto;
        }
        catch (YamlException e)
        {
            problems.Add($"{file}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            return null;
        }
    }

    /// <summary>The texts of every supported language; a missing language or field is a problem naming both.</summary>
    public static IReadOnlyDictionary<string, ContentTexts> Texts(TextsByLanguage dto, Action<string> problem)
    {
        var result = new Dictionary<string, ContentTexts>();
        foreach (var language in Languages.Supported)
        {
            if (dto.For(language) is not { } block)
            {
                problem($"field '{language}' (the texts in this language) is missing");
                continue;
            }

            foreach (var (field, value) in new[] { ("title", block.Title), ("description", block.Description), ("place", block.Place) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problem($"field '{language}.{field}' is missing or empty");
                }
            }

            result[language] = new ContentTexts(block.Title?.Trim() ?? "", block.Description?.Trim() ?? "", block.Place?.Trim() ?? "");
        }

        return result;
    }

    public static IReadOnlyList<string> SpokenLanguages(List<string>? codes, Action<string> problem)
    {
        if (codes is not { Count: > 0 })
        {
            problem("field 'languages' is missing; list the languages spoken, such as [de, ar]");
            return [];
        }

        foreach (var code in codes.Where(c => !Languages.IsSupported(c)))
        {
            problem($"field 'languages' has '{code}'; use the codes {string.Join(", ", Languages.Supported)}");
        }

        return codes.Where(Languages.IsSupported).Distinct().ToList();
    }

    /// <summary>Reads a local date and time (<c>2026-12-01 09:30</c>) as the instant it means in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? LocalTime(string? value, TimeZoneInfo zone)
    {
        if (value is null || !DateTime.TryParseExact(value.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return Clock.ToInstant(local, zone);
    }

    public static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

#pragma warning disable CA1812 // Avoid uninstantiated internal classes: created by the YAML deserializer.

/// <summary>The seven language blocks of a content file.</summary>
internal class TextsByLanguage
{
    public TextsFile? De { get; set; }

    public TextsFile? En { get; set; }

    public TextsFile? Ar { get; set; }

    public TextsFile? Tr { get; set; }

    public TextsFile? Uk { get; set; }

    public TextsFile? Ru { get; set; }

    public TextsFile? Fa { get; set; }

    public TextsFile? For(string language) => language switch
    {
        "de" => De,
        "en" => En,
        "ar" => Ar,
        "tr" => Tr,
        "uk" => Uk,
        "ru" => Ru,
        "fa" => Fa,
        _ => null,
    };
}

internal sealed class TextsFile
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Place { get; set; }
}
#pragma warning restore CA1812
