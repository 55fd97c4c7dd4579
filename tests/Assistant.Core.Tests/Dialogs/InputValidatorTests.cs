using Assistant.Core.Dialogs;

namespace Assistant.Core.Tests.Dialogs;

public sealed class InputValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("24.12.2026", "2026-12-24")]
    [InlineData("1.2.2027", "2027-02-01")]
    [InlineData("2027-02-01", "2027-02-01")]
    [InlineData("٢٤.١٢.٢٠٢٦", "2026-12-24")]
    [InlineData("۲۴/۱۲/۲۰۲۶", "2026-12-24")]
    public void Dates_are_understood_in_common_ways_of_writing(string typed, string saved)
    {
        var check = InputValidator.Check(new InputRule { Type = InputType.Date }, typed, Today);

        Assert.True(check.IsValid);
        Assert.Equal(saved, check.Value);
    }

    [Theory]
    [InlineData("31.02.2026")]
    [InlineData("tomorrow")]
    [InlineData("🙂")]
    public void Impossible_dates_are_refused(string typed)
    {
        var check = InputValidator.Check(new InputRule { Type = InputType.Date }, typed, Today);

        Assert.Equal("validation.date", check.ProblemKey);
    }

    [Theory]
    [InlineData("+49 171 2345678", "+491712345678")]
    [InlineData("0171/2345678", "01712345678")]
    [InlineData("00963 11 234 5678", "+963112345678")]
    [InlineData("٠١٧١٢٣٤٥٦٧٨", "01712345678")]
    public void Phone_numbers_are_normalised(string typed, string saved)
    {
        Assert.Equal(saved, InputValidator.Check(new InputRule { Type = InputType.Phone }, typed, Today).Value);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("+49 171 23456789012345")]
    public void Things_that_are_no_phone_number_are_refused(string typed)
    {
        Assert.Equal("validation.phone", InputValidator.Check(new InputRule { Type = InputType.Phone }, typed, Today).ProblemKey);
    }

    [Fact]
    public void Emoji_count_as_one_character_each()
    {
        var rule = new InputRule { MaxLength = 3 };

        Assert.True(InputValidator.Check(rule, "👩‍👧‍👦👍🏽🇸🇾", Today).IsValid);
    }

    [Fact]
    public void A_pattern_that_takes_too_long_is_refused_instead_of_hanging()
    {
        var rule = new InputRule { Type = InputType.Pattern, Pattern = "^(a+)+$", MaxLength = 100_000 };

        var check = InputValidator.Check(rule, new string('a', 50_000) + "!", Today);

        Assert.False(check.IsValid);
    }

    [Fact]
    public void Binary_junk_is_refused_as_unreadable_whatever_the_question()
    {
        string[] junk = ["\u0000\u0001\u0002PK\u0003\u0004", "Amina\u001B[31m", "\uFFFD\uFFFD\uFFFD", "Ami\uD800na", "\uDC00"];
        foreach (var text in junk)
        {
            foreach (var type in new[] { InputType.Text, InputType.Phone, InputType.Date, InputType.Number })
            {
                Assert.Equal("validation.unreadable", InputValidator.Check(new InputRule { Type = type }, text, Today).ProblemKey);
            }
        }
    }

    [Theory]
    [InlineData("\u200F\u0641\u0627\u0637\u0645\u0629 \U0001F338\u200E", "\u0641\u0627\u0637\u0645\u0629 \U0001F338")]
    [InlineData("\u202B\u0645\u0631\u06CC\u0645\u202C", "\u0645\u0631\u06CC\u0645")]
    [InlineData("Olena \U0001F469\u200D\U0001F467\r\nline two", "Olena \U0001F469\u200D\U0001F467\r\nline two")]
    public void Emoji_and_direction_marks_are_fine_and_the_marks_are_not_saved(string typed, string saved)
    {
        var check = InputValidator.Check(new InputRule { Type = InputType.Text }, typed, Today);

        Assert.True(check.IsValid);
        Assert.Equal(saved, check.Value);
    }

    [Fact]
    public void Only_direction_marks_count_as_nothing_written()
    {
        var check = InputValidator.Check(new InputRule { Type = InputType.Text, MinLength = 1 }, "\u200F\u200E\u2067\u2069", Today);

        Assert.Equal("validation.too_short", check.ProblemKey);
    }
}
