namespace Assistant.Core.Safety;

/// <summary>The help lines shown with 110 and 112 whenever someone is in danger (section <c>Safety</c>).</summary>
public sealed class SafetyOptions
{
    public const string Section = "Safety";

    /// <summary>
    /// The help lines, per audience. Empty in configuration means the German defaults
    /// (<see cref="GermanDefaults"/>); a list given replaces them as a whole. Every person in danger gets the
    /// lines for everyone first, then the others: a man or a general case never gets only a women's line.
    /// </summary>
    public List<HelpLineOptions> HelpLines { get; set; } = [];

    /// <summary>Telefonseelsorge for everyone, the federal help line for women, Nummer gegen Kummer for children and young people.</summary>
    public static IReadOnlyList<HelpLineOptions> GermanDefaults { get; } =
    [
        new() { Audience = HelpLineAudience.Everyone, NameKey = "safety.lines.everyone", Number = "0800 111 0 111", Free = true, AlwaysOpen = true },
        new() { Audience = HelpLineAudience.Women, NameKey = "safety.lines.women", Number = "116 016", Free = true, AlwaysOpen = true, Interpreters = true },
        new() { Audience = HelpLineAudience.Children, NameKey = "safety.lines.children", Number = "116 111", Free = true },
    ];
}

/// <summary>One help line. Its name is a text key, so it is read in the person's language.</summary>
public sealed class HelpLineOptions
{
    /// <summary>Who the line is for: Everyone, Women, Men or Children.</summary>
    public string Audience { get; set; } = "";

    /// <summary>Text key of the line's name in localization/ (for example <c>safety.lines.women</c>).</summary>
    public string NameKey { get; set; } = "";

    /// <summary>The number as it is dialled and shown ("116 016").</summary>
    public string Number { get; set; } = "";

    /// <summary>Calls cost nothing.</summary>
    public bool Free { get; set; }

    /// <summary>Open day and night, every day.</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>Interpreters join the call for other languages.</summary>
    public bool Interpreters { get; set; }
}

/// <summary>The audiences a help line may be for.</summary>
public static class HelpLineAudience
{
    public const string Everyone = "Everyone";
    public const string Women = "Women";
    public const string Men = "Men";
    public const string Children = "Children";

    public static IReadOnlyList<string> All { get; } = [Everyone, Women, Men, Children];
}
