using Assistant.Core.Safety;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Tests.Safety;

/// <summary>The help lines come from configuration (section Safety), per audience, and a wrong setting names its key.</summary>
public sealed class HelpLinesTests
{
    [Fact]
    public void By_default_a_person_in_danger_gets_the_line_for_everyone_first_then_women_and_children()
    {
        var text = Lines(new()).Render("de");

        Assert.Equal(
            "☎️ Telefonseelsorge (für alle): 0800 111 0 111\nkostenlos · Tag und Nacht\n"
            + "☎️ Hilfetelefon Gewalt gegen Frauen: 116 016\nkostenlos · Tag und Nacht · mit Dolmetscherinnen\n"
            + "☎️ Nummer gegen Kummer (für Kinder und Jugendliche): 116 111\nkostenlos",
            text);
    }

    [Fact]
    public void Configured_lines_replace_the_defaults_and_the_line_for_everyone_still_comes_first()
    {
        var lines = Lines(new()
        {
            ["Safety:HelpLines:0:Audience"] = "Women",
            ["Safety:HelpLines:0:NameKey"] = "safety.lines.women",
            ["Safety:HelpLines:0:Number"] = "0800 116 016",
            ["Safety:HelpLines:1:Audience"] = "everyone",
            ["Safety:HelpLines:1:NameKey"] = "safety.lines.everyone",
            ["Safety:HelpLines:1:Number"] = "0800 222",
            ["Safety:HelpLines:1:Free"] = "true",
        });

        Assert.Equal(
            $"☎️ {T("en", "safety.lines.everyone")}: 0800 222\n{T("en", "safety.facts.free")}\n☎️ {T("en", "safety.lines.women")}: 0800 116 016",
            lines.Render("en"));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void In_right_to_left_languages_the_numbers_are_isolated_so_they_never_reorder(string language)
    {
        var text = Lines(new()).Render(language);

        Assert.Contains("\u2066116 016\u2069", text, StringComparison.Ordinal);
        Assert.Contains("\u20660800 111 0 111\u2069", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Left_to_right_languages_get_the_numbers_as_they_are() =>
        Assert.DoesNotContain('\u2066', Lines(new()).Render("tr"));

    [Theory]
    [InlineData("Safety:HelpLines:0:Audience", "Women", "Safety:HelpLines needs a line with Audience Everyone")]
    [InlineData("Safety:HelpLines:0:Audience", "Nobody", "Safety:HelpLines:0:Audience is 'Nobody'")]
    [InlineData("Safety:HelpLines:0:NameKey", "safety.lines.unknown", "Safety:HelpLines:0:NameKey 'safety.lines.unknown' is not a text")]
    [InlineData("Safety:HelpLines:0:Number", "call us", "Safety:HelpLines:0:Number 'call us' is not a phone number")]
    public void A_wrong_help_line_setting_is_refused_naming_the_key(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Safety:HelpLines:0:Audience"] = "Everyone",
            ["Safety:HelpLines:0:NameKey"] = "safety.lines.everyone",
            ["Safety:HelpLines:0:Number"] = "0800 111 0 111",
        };
        settings[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => Lines(settings).Render("de"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string T(string language, string key) => TestTexts.T(language, key);

    private static HelpLines Lines(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(TestTexts.Catalog)
            .AddSafety(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider()
            .GetRequiredService<HelpLines>();
}
