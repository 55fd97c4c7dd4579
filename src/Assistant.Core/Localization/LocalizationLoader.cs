using YamlDotNet.RepresentationModel;

namespace Assistant.Core.Localization;

/// <summary>
/// Reads <c>localization/*.yaml</c>. Nested maps become dotted keys (<c>menu.offers</c>); a map whose
/// keys are plural categories (one, few, other, ...) is one plural text. <c>_language</c> holds the
/// native name and the writing direction.
/// </summary>
public static class LocalizationLoader
{
    public static IReadOnlyList<LanguageTexts> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new LocalizationException($"Localization folder '{folder}' does not exist.");
        }

        var result = new List<LanguageTexts>();
        foreach (var code in Languages.Supported)
        {
            var file = Path.Combine(folder, code + ".yaml");
            if (!File.Exists(file))
            {
                throw new LocalizationException($"{file}: missing; every supported language needs its own file.");
            }

            result.Add(LoadFile(code, file));
        }

        return result;
    }

    public static LanguageTexts LoadFile(string code, string file)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new LocalizationException($"{file}: not valid YAML at line {e.Start.Line}: {e.Message}");
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LocalizationException($"{file}: expected a map of texts.");
        }

        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        string name = code;
        var rtl = false;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (key == "_language" && valueNode is YamlMappingNode meta)
            {
                name = Scalar(meta, "name") ?? code;
                rtl = string.Equals(Scalar(meta, "direction"), "rtl", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            Flatten(file, key, valueNode, entries);
        }

        return new LanguageTexts(code, name, rtl, file, entries);
    }

    private static void Flatten(string file, string prefix, YamlNode node, Dictionary<string, TextEntry> entries)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                entries[prefix] = TextEntry.Single(scalar.Value ?? "");
                break;
            case YamlMappingNode map when IsPluralMap(map):
                entries[prefix] = new TextEntry(map.Children.ToDictionary(
                    c => ((YamlScalarNode)c.Key).Value!,
                    c => ((YamlScalarNode)c.Value).Value ?? ""));
                break;
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    Flatten(file, prefix + "." + ((YamlScalarNode)k).Value, v, entries);
                }

                break;
            default:
                throw new LocalizationException($"{file}: key '{prefix}' must be a text or a map of texts.");
        }
    }

    private static bool IsPluralMap(YamlMappingNode map) =>
        map.Children.Count > 0
        && map.Children.All(c => c.Key is YamlScalarNode k && PluralRules.AllCategories.Contains(k.Value!) && c.Value is YamlScalarNode);

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
}
