using Assistant.Core.Localization;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Safety;

/// <summary>The configured help lines as text, in a person's language: for everyone first, then the others.</summary>
public sealed class HelpLines(IOptions<SafetyOptions> options, TextCatalog texts)
{
    // Left-to-right isolates: in Arabic or Persian text "116 016" would otherwise show as "016 116".
    private const string Isolate = "\u2066";
    private const string EndIsolate = "\u2069";

    /// <summary>One line per help line: name and number, then whether it is free, day and night, with interpreters.</summary>
    public string Render(string language)
    {
        var lines = options.Value.HelpLines
            .OrderBy(l => string.Equals(l.Audience, HelpLineAudience.Everyone, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(l => RenderOne(language, l));
        return string.Join("\n", lines);
    }

    private string RenderOne(string language, HelpLineOptions line)
    {
        var number = texts.IsRightToLeft(language) ? Isolate + line.Number + EndIsolate : line.Number;
        var text = texts.Get(language, "safety.help_line", new Dictionary<string, string>
        {
            ["name"] = texts.Get(language, line.NameKey),
            ["number"] = number,
        });
        var facts = new[] { (line.Free, "safety.facts.free"), (line.AlwaysOpen, "safety.facts.always_open"), (line.Interpreters, "safety.facts.interpreters") }
            .Where(f => f.Item1)
            .Select(f => texts.Get(language, f.Item2))
            .ToList();

        // A middle dot reads as a separator in all seven scripts, unlike the comma (Arabic and Persian use "،").
        return facts.Count == 0 ? text : text + "\n" + string.Join(" · ", facts);
    }
}
