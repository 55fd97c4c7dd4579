using Assistant.Core.Localization;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Safety;

/// <summary>Checks the help lines at start, naming the key that is wrong.</summary>
internal sealed class SafetyOptionsValidator(TextCatalog texts) : IValidateOptions<SafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, SafetyOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.HelpLines.Count; i++)
        {
            var line = options.HelpLines[i];
            var key = $"{SafetyOptions.Section}:HelpLines:{i}";
            if (!HelpLineAudience.All.Contains(line.Audience, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{key}:Audience is '{line.Audience}'; use {string.Join(", ", HelpLineAudience.All)}.");
            }

            if (string.IsNullOrWhiteSpace(line.NameKey) || !texts.Contains(line.NameKey))
            {
                problems.Add($"{key}:NameKey '{line.NameKey}' is not a text in localization/; add the line's name in all languages (for example under safety.lines) and name its key.");
            }

            if (line.Number.Count(char.IsAsciiDigit) < 3 || line.Number.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '-' or '/')))
            {
                problems.Add($"{key}:Number '{line.Number}' is not a phone number (digits, spaces, + - / only).");
            }
        }

        if (!options.HelpLines.Any(l => string.Equals(l.Audience, HelpLineAudience.Everyone, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{SafetyOptions.Section}:HelpLines needs a line with Audience Everyone: a person in danger must never get only a line that is not for them.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
