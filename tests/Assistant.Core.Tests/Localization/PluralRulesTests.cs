using Assistant.Core.Localization;
using Assistant.Core.Tests.Support;

namespace Assistant.Core.Tests.Localization;

public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 1, "one")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 3, "few")]
    [InlineData("ar", 10, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("ar", 103, "few")]
    [InlineData("ru", 1, "one")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 11, "many")]
    [InlineData("ru", 2, "few")]
    [InlineData("ru", 24, "few")]
    [InlineData("ru", 12, "many")]
    [InlineData("ru", 5, "many")]
    [InlineData("uk", 22, "few")]
    [InlineData("uk", 0, "many")]
    [InlineData("de", 1, "one")]
    [InlineData("de", 0, "other")]
    [InlineData("tr", 2, "other")]
    [InlineData("fa", 0, "one")]
    [InlineData("fa", 2, "other")]
    public void Category_follows_the_languages_grammar(string language, long count, string category)
    {
        Assert.Equal(category, PluralRules.Category(language, count));
    }

    [Fact]
    public void Plural_text_picks_the_form_for_the_count()
    {
        var texts = Conversation.Texts;

        var one = texts.Get("ru", "dialog.attempts_left", new Dictionary<string, string> { ["count"] = "1" });
        var few = texts.Get("ru", "dialog.attempts_left", new Dictionary<string, string> { ["count"] = "2" });

        Assert.NotEqual(one, few);
        Assert.Contains("1", one, StringComparison.Ordinal);
        Assert.Contains("2", few, StringComparison.Ordinal);
    }
}
