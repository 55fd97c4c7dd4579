namespace Assistant.Core.Localization;

/// <summary>The seven languages the bot speaks. German is the reference every other file is checked against.</summary>
public static class Languages
{
    public const string Reference = "de";

    public static readonly IReadOnlyList<string> Supported = ["de", "en", "ar", "tr", "uk", "ru", "fa"];

    /// <summary>Maps a client language tag ("ar-SY", "pt-BR") to a supported code, or null.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return Supported.Contains(primary) ? primary : null;
    }

    public static bool IsSupported(string? code) => code is not null && Supported.Contains(code);
}
