using System.Text.RegularExpressions;

namespace Assistant.Core.Localization;

/// <summary>One text in one language: a single form, or plural forms chosen by the <c>count</c> placeholder.</summary>
public sealed partial record TextEntry(IReadOnlyDictionary<string, string> Forms)
{
    public const string SingleForm = "";

    public bool IsPlural => !Forms.ContainsKey(SingleForm);

    public static TextEntry Single(string text) => new(new Dictionary<string, string> { [SingleForm] = text });

    /// <summary>Every placeholder name used in any form, such as "name" for "{name}".</summary>
    public IReadOnlySet<string> Placeholders =>
        Forms.Values.SelectMany(f => PlaceholderPattern().Matches(f).Select(m => m.Groups[1].Value)).ToHashSet();

    internal static IEnumerable<string> PlaceholdersIn(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    internal static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([a-z_][a-z0-9_]*)\}")]
    private static partial Regex PlaceholderPattern();
}
