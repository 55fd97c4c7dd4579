using System.Text.RegularExpressions;
using Assistant.Core.Localization;
using YamlDotNet.RepresentationModel;

namespace Assistant.Offers.Content;

/// <summary>
/// Turns one parsed offer file (or category entry) into a record, adding an error for each missing,
/// empty, unknown or untranslated field. Unknown keys are errors so that a typo ("serch_words")
/// never silently drops a field.
/// </summary>
internal static partial class OfferFileReader
{
    public static readonly IReadOnlyList<string> TextFields =
        ["title", "description", "for_whom", "when_where", "cost", "contact", "languages"];

    public const string SearchWordsField = "search_words";

    private static readonly HashSet<string> TopLevelKeys = ["id", "category", "registration", "appointments"];

    public static Offer? Read(YamlNode root, string file, IReadOnlySet<string> categoryIds, List<ContentError> errors)
    {
        var before = errors.Count;
        if (root is not YamlMappingNode map)
        {
            errors.Add(new ContentError(file, null, null, $"line {root.Start.Line}: expected the fields of one offer."));
            return null;
        }

        var expectedId = Path.GetFileNameWithoutExtension(file);
        var id = Scalar(map, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new ContentError(file, null, "id", "missing; use the file name without '.yaml'."));
            id = expectedId;
        }
        else if (!IdPattern().IsMatch(id))
        {
            errors.Add(new ContentError(file, id, "id", "use lower-case letters, digits and '-' only (e.g. 'language-cafe')."));
        }
        else if (id != expectedId)
        {
            errors.Add(new ContentError(file, id, "id", $"must match the file name ('{expectedId}'), so that staff find each offer by its id."));
        }

        var category = Scalar(map, "category");
        if (string.IsNullOrWhiteSpace(category))
        {
            errors.Add(new ContentError(file, id, "category", "missing."));
        }
        else if (!categoryIds.Contains(category))
        {
            errors.Add(new ContentError(file, id, "category", $"'{category}' is not in categories.yaml ({string.Join(", ", categoryIds)})."));
        }

        var registration = false;
        if (Scalar(map, "registration") is { } flag && !bool.TryParse(flag, out registration))
        {
            errors.Add(new ContentError(file, id, "registration", $"'{flag}' must be true or false."));
        }

        var appointments = false;
        if (Scalar(map, "appointments") is { } booking && !bool.TryParse(booking, out appointments))
        {
            errors.Add(new ContentError(file, id, "appointments", $"'{booking}' must be true or false."));
        }

        foreach (var key in Keys(map).Where(k => !TopLevelKeys.Contains(k) && !Languages.IsSupported(k)))
        {
            errors.Add(new ContentError(file, id, key, $"unknown field; expected id, category, registration, appointments or a language ({string.Join(", ", Languages.Supported)})."));
        }

        var texts = new Dictionary<string, OfferText>(StringComparer.Ordinal);
        foreach (var language in Languages.Supported)
        {
            if (map.Children.TryGetValue(new YamlScalarNode(language), out var block))
            {
                if (ReadText(block, file, id, language, errors) is { } text)
                {
                    texts[language] = text;
                }
            }
            else
            {
                errors.Add(new ContentError(file, id, language, "missing; every offer needs its texts in all seven languages."));
            }
        }

        ContentRules.CheckTranslations(texts, file, id, errors);
        return errors.Count == before ? new Offer(id, category!, registration, appointments, texts, file) : null;
    }

    public static OfferCategory? ReadCategory(YamlNode node, string file, List<ContentError> errors)
    {
        if (node is not YamlMappingNode map || Scalar(map, "id") is not { Length: > 0 } id)
        {
            errors.Add(new ContentError(file, null, "id", $"line {node.Start.Line}: each category needs an id."));
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            errors.Add(new ContentError(file, id, "id", "use lower-case letters, digits and '-' only."));
            return null;
        }

        if (!map.Children.TryGetValue(new YamlScalarNode("name"), out var namesNode) || namesNode is not YamlMappingNode names)
        {
            errors.Add(new ContentError(file, id, "name", "missing; give the name in all seven languages."));
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages.Supported)
        {
            if (Scalar(names, language) is { } name && !string.IsNullOrWhiteSpace(name))
            {
                result[language] = name.Trim();
            }
            else
            {
                errors.Add(new ContentError(file, id, $"name.{language}", "missing or empty."));
            }
        }

        return result.Count == Languages.Supported.Count ? new OfferCategory(id, result) : null;
    }

    private static OfferText? ReadText(YamlNode node, string file, string id, string language, List<ContentError> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(new ContentError(file, id, language, $"line {node.Start.Line}: expected the fields {string.Join(", ", TextFields)}, {SearchWordsField}."));
            return null;
        }

        var before = errors.Count;
        foreach (var key in Keys(map).Where(k => !TextFields.Contains(k) && k != SearchWordsField))
        {
            errors.Add(new ContentError(file, id, $"{language}.{key}", "unknown field."));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            var value = Scalar(map, field);
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new ContentError(file, id, $"{language}.{field}", "missing or empty."));
            }
            else
            {
                values[field] = value.Trim();
            }
        }

        var words = ReadSearchWords(map, file, id, language, errors);
        if (errors.Count > before)
        {
            return null;
        }

        return new OfferText(
            values["title"], values["description"], values["for_whom"], values["when_where"],
            values["cost"], values["contact"], values["languages"], words);
    }

    private static List<string> ReadSearchWords(YamlMappingNode map, string file, string id, string language, List<ContentError> errors)
    {
        var field = $"{language}.{SearchWordsField}";
        if (!map.Children.TryGetValue(new YamlScalarNode(SearchWordsField), out var node))
        {
            errors.Add(new ContentError(file, id, field, "missing; list the words people type when they look for this offer."));
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            errors.Add(new ContentError(file, id, field, $"line {node.Start.Line}: expected a list, e.g. [word, other word]."));
            return [];
        }

        var words = list.Children.OfType<YamlScalarNode>()
            .Select(s => s.Value?.Trim() ?? "")
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count != list.Children.Count)
        {
            errors.Add(new ContentError(file, id, field, $"line {node.Start.Line}: every entry must be a non-empty word or phrase."));
        }
        else if (words.Count == 0)
        {
            errors.Add(new ContentError(file, id, field, "the list is empty."));
        }

        return words;
    }

    private static IEnumerable<string> Keys(YamlMappingNode map) =>
        map.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "");

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
