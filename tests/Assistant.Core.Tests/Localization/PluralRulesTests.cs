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

/// <summary>Arabic and Persian counts read as a native speaker writes them: no numeral before a singular or dual noun.</summary>
public sealed class ArabicAndPersianCountTests
{
    private static string Attempts(string language, int count) =>
        InputValidatorStrip(Conversation.Texts.Get(language, "dialog.attempts_left", new Dictionary<string, string> { ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static string InputValidatorStrip(string text) => Assistant.Core.Dialogs.InputValidator.StripInvisible(text);

    [Theory]
    [InlineData("ar", 0, "لم تبقَ لكم أي محاولة.")]
    [InlineData("ar", 1, "بقيت لكم محاولة واحدة.")]
    [InlineData("ar", 2, "بقيت لكم محاولتان.")]
    [InlineData("ar", 3, "بقيت لكم 3 محاولات.")]
    [InlineData("ar", 11, "بقيت لكم 11 محاولة.")]
    [InlineData("ar", 100, "بقيت لكم 100 محاولة.")]
    [InlineData("fa", 0, "دیگر فرصتی ندارید.")]
    [InlineData("fa", 1, "فقط یک فرصت دیگر دارید.")]
    [InlineData("fa", 2, "2 فرصت دیگر دارید.")]
    [InlineData("fa", 3, "3 فرصت دیگر دارید.")]
    [InlineData("fa", 11, "11 فرصت دیگر دارید.")]
    [InlineData("fa", 100, "100 فرصت دیگر دارید.")]
    public void Remaining_attempts_use_the_right_form_for_the_count(string language, int count, string expected)
    {
        Assert.Equal(expected, Attempts(language, count));
    }

    [Fact]
    public void No_arabic_text_puts_a_numeral_before_a_singular_or_dual_noun()
    {
        // "لديكم 2 محاولتان" is wrong Arabic: the dual and the singular carry the number themselves.
        var arabic = LocalizationLoader.LoadFolder(Repo.Localization).Single(l => l.Code == "ar");

        var wrong = arabic.Entries
            .Where(e => e.Value.IsPlural)
            .SelectMany(e => new[] { "zero", "one", "two" }.Where(c => e.Value.Forms.GetValueOrDefault(c, "").Contains("{count}", StringComparison.Ordinal)).Select(c => $"{e.Key}.{c}"))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_persian_one_form_without_the_number_has_a_zero_form_beside_it()
    {
        // Persian grammar counts 0 as "one"; "یک فرصت" would be shown for zero tries without its own form.
        var persian = LocalizationLoader.LoadFolder(Repo.Localization).Single(l => l.Code == "fa");

        var missing = persian.Entries
            .Where(e => e.Value.IsPlural && !e.Value.Forms["one"].Contains("{count}", StringComparison.Ordinal) && !e.Value.Forms.ContainsKey("zero"))
            .Select(e => e.Key)
            .ToList();

        Assert.Empty(missing);
    }
}
