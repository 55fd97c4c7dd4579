using Assistant.Core.Localization;
using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Localization;

/// <summary>
/// Arabic and Persian messages display in the order they are written: numbers, times and Latin words
/// are isolated, lines starting with an emoji stay right-to-left, lists use "،". Other languages are untouched.
/// </summary>
public sealed class RightToLeftTextTests
{
    private const char Lri = RightToLeftText.LeftToRightIsolate;
    private const char Pdi = RightToLeftText.PopDirectionalIsolate;
    private const char Rlm = RightToLeftText.RightToLeftMark;

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static string Isolated(string ltr) => $"{Lri}{ltr}{Pdi}";

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void A_time_range_is_one_isolated_run_so_it_never_reads_end_to_start(string language)
    {
        var text = T(language, "workshops.summary_date", ("date", "1.12.2026"), ("time", "09:30–12:30"));

        Assert.Contains(Isolated("09:30–12:30"), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Emergency_numbers_and_the_help_line_are_isolated_and_every_line_stays_right_to_left(string language)
    {
        var women = T(language, "safety.help_line", ("name", T(language, "safety.lines.women")), ("number", "116 016"));
        var everyone = T(language, "safety.help_line", ("name", "TelefonSeelsorge"), ("number", "0800 111 0 111"));
        var text = T(language, "report.emergency", ("help_lines", women + "\n" + everyone));

        Assert.Contains(Isolated("110"), text, StringComparison.Ordinal);
        Assert.Contains(Isolated("112"), text, StringComparison.Ordinal);
        Assert.Contains(Isolated("116 016"), text, StringComparison.Ordinal);
        // A Latin name and its number form one left-to-right run.
        Assert.Contains(Isolated("TelefonSeelsorge: 0800 111 0 111"), text, StringComparison.Ordinal);
        foreach (var line in text.Split('\n').Where(l => l.Any(RightToLeftText.IsRightToLeftLetter)))
        {
            // Telegram takes a line's direction from its first strong letter: "🚨", "☎️" and digits have none.
            Assert.True(line[0] == Rlm || RightToLeftText.IsRightToLeftLetter(line[0]), $"'{line}' would be shown left-to-right");
        }
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void A_phone_number_with_a_plus_keeps_its_plus_on_the_left(string language)
    {
        var text = T(language, "workshops.summary_phone", ("phone", "+49 171 2345678"));

        Assert.Contains(Isolated("+49 171 2345678"), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Case_numbers_and_email_addresses_are_isolated_whole(string language)
    {
        Assert.Contains(Isolated("AD-2026-0042"), T(language, "report.sent", ("case_number", "AD-2026-0042")), StringComparison.Ordinal);
        Assert.Contains(Isolated("name@example.com"), T(language, "report.email_retry"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Dates_in_numbers_and_in_words_keep_their_digits_together(string language)
    {
        var instant = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1));
        var numeric = LocalFormat.Date(instant, language, Berlin);
        var words = LocalFormat.LongDate(instant, language, Berlin);

        var text = T(language, "privacy.data_first_seen", ("date", numeric));
        var summary = T(language, "workshops.summary_date", ("date", words), ("time", "09:30–12:30"));

        Assert.Contains(Isolated(numeric), text, StringComparison.Ordinal);
        Assert.Contains(Isolated("2026"), summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Dec", words, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ar", "2026")]
    [InlineData("fa", "2026")]
    public void Arabic_and_Persian_dates_are_gregorian_and_carry_no_marks_of_their_own(string language, string year)
    {
        var instant = new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(1));

        foreach (var date in new[] { LocalFormat.Date(instant, language, Berlin), LocalFormat.LongDate(instant, language, Berlin), LocalFormat.DateTime(instant, language, Berlin) })
        {
            Assert.Contains(year, date, StringComparison.Ordinal);
            Assert.False(date.Any(c => c is '\u200E' or Rlm or '\u061C'), date);
        }

        Assert.EndsWith("18:00", LocalFormat.DateTime(instant, language, Berlin), StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_words_typed_in_content_are_isolated_when_rendered()
    {
        var card = T("ar", "offers.card", ("card", "📍 وكالة الاندماج، Brunnenstraße 12. اسألوا في Jobcenter."));

        Assert.StartsWith($"{Rlm}📍", card, StringComparison.Ordinal);
        Assert.Contains(Isolated("Brunnenstraße 12"), card, StringComparison.Ordinal);
        Assert.Contains(Isolated("Jobcenter"), card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Lines_starting_with_an_emoji_stay_right_to_left(string language)
    {
        Assert.Equal(Rlm, T(language, "menu.offers")[0]);
        Assert.Equal(Rlm, T(language, "offers.card_title", ("title", "Sprachcafé"))[0]);
        Assert.All(
            T(language, "workshops.confirmed", ("title", "ورشة"), ("date", "1.12.2026"), ("time", "10:00–12:00"), ("place", "Brunnenstraße 12")).Split('\n').Where(l => l.Length > 0),
            line => Assert.True(line[0] == Rlm || RightToLeftText.IsRightToLeftLetter(line[0]), line));
    }

    [Theory]
    [InlineData("ar", "العربية، الفارسية، Deutsch")]
    [InlineData("fa", "العربية، الفارسية، Deutsch")]
    [InlineData("de", "العربية, الفارسية, Deutsch")]
    [InlineData("ru", "العربية, الفارسية, Deutsch")]
    public void Lists_use_the_languages_own_separator(string language, string expected)
    {
        Assert.Equal(expected, Texts.List(language, ["العربية", "الفارسية", "Deutsch"]));
    }

    [Fact]
    public void A_latin_comma_or_question_mark_between_arabic_words_becomes_the_arabic_one()
    {
        Assert.Equal("الألمانية، الروسية؟", RightToLeftText.Render("الألمانية, الروسية?"));
    }

    [Fact]
    public void A_left_to_right_line_inside_a_right_to_left_message_is_left_alone()
    {
        var chooser = "Bitte wählen Sie Ihre Sprache.\nيرجى اختيار لغتكم.\nПожалуйста, выберите язык.";

        var lines = RightToLeftText.Render(chooser).Split('\n');

        Assert.Equal("Bitte wählen Sie Ihre Sprache.", lines[0]);
        Assert.Equal("Пожалуйста, выберите язык.", lines[2]);
    }

    [Theory]
    [InlineData("🎨 ورشة – الخميس 26 نوفمبر, 10:00–12:00")]
    [InlineData("اتصلوا: +49 171 2345678, name@example.com")]
    [InlineData("")]
    public void Rendering_twice_changes_nothing_more(string text)
    {
        var once = RightToLeftText.Render(text);

        Assert.Equal(once, RightToLeftText.Render(once));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("tr")]
    [InlineData("uk")]
    [InlineData("ru")]
    public void Left_to_right_languages_get_no_direction_marks(string language)
    {
        var values = new Dictionary<string, string>
        {
            ["count"] = "3", ["time"] = "09:30–12:30", ["date"] = "1.12.2026", ["phone"] = "+49 171 2345678",
            ["title"] = "مقهى اللغة", ["name"] = "أمينة", ["case_number"] = "AD-2026-0042", ["ticket"] = "AD-2026-0042",
        };

        foreach (var key in Texts.Keys)
        {
            var text = Texts.Get(language, key, values);
            Assert.False(text.Any(c => c is Rlm or >= '\u2066' and <= '\u2069'), $"{language}: '{key}' has direction marks");
        }
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public void Csv_column_headings_for_staff_carry_no_marks_that_would_end_up_in_the_file(string language)
    {
        foreach (var key in Texts.Keys.Where(k => k.StartsWith("volunteers.csv_", StringComparison.Ordinal)))
        {
            Assert.Equal(Texts.Language(language).Entries[key].Forms[TextEntry.SingleForm], Texts.Get(language, key));
        }
    }

    [Fact]
    public void A_text_without_latin_letters_or_digits_is_unchanged()
    {
        Assert.Equal("يرجى اختيار لغتكم.", T("ar", "language.choose"));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public async Task A_button_typed_without_its_direction_marks_is_still_that_button(string language)
    {
        var chat = await OnboardedAsync(language);
        var label = T(language, "menu.language");
        Assert.Equal(Rlm, label[0]);

        await chat.SendAsync(label.Replace(Rlm.ToString(), "", StringComparison.Ordinal));

        Assert.Equal([T(language, "language.choose")], chat.LastTexts);
    }

    [Fact]
    public async Task Language_buttons_in_other_scripts_get_no_marks_in_an_arabic_chat()
    {
        var chat = await OnboardedAsync("ar");

        await chat.PressAsync(T("ar", "menu.language"));

        // Made in code from the native names: a name in its own script keeps its own direction.
        Assert.Contains("English", chat.ButtonLabels);
        Assert.Contains("العربية", chat.ButtonLabels);
    }
}
