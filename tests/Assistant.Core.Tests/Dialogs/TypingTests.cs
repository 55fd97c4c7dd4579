using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

/// <summary>
/// Typing never does what the person did not mean: words typed at a question answer it first, destructive
/// steps take buttons only, wrong answers keep the answers so far, and labels match however they are typed.
/// </summary>
public sealed class TypingTests
{
    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task A_command_word_that_is_one_of_the_buttons_answers_the_question(string language)
    {
        var chat = await StartAsync(language);

        await chat.SendAsync(Word(language, "words.language"));

        Assert.Equal([T(language, "menu.help")], chat.LastTexts);
        Assert.Equal("language", (await TopAsync(chat)).Values["pick"]);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Help_typed_at_a_free_text_question_helps_but_delete_typed_there_is_the_answer(string language)
    {
        var chat = await StartAsync(language);
        await chat.SendAsync(T(language, "menu.offers"));

        await chat.SendAsync(Word(language, "words.help"));
        Assert.Equal([T(language, "dialog.help"), T(language, "menu.help")], chat.LastTexts);

        await chat.SendAsync(Word(language, "words.delete"));
        Assert.Equal([T(language, "validation.date")], chat.LastTexts);
        Assert.Equal(Word(language, "words.delete"), (await TopAsync(chat)).Values["note"]);
        Assert.NotNull(await chat.ProfileAsync());
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task A_command_word_that_a_date_question_cannot_take_is_the_command(string language)
    {
        var chat = await AtDayAsync(language);

        await chat.SendAsync(Word(language, "words.language"));

        Assert.Equal([T(language, "language.choose")], chat.LastTexts);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task A_typed_yes_never_answers_a_buttons_only_question(string language)
    {
        var chat = await AtColorAsync(language);
        await chat.PressAsync(T(language, "onboarding.decline"));

        await chat.SendAsync(Word(language, "words.yes"));
        Assert.Equal([T(language, "dialog.use_buttons"), T(language, "onboarding.notice")], chat.LastTexts);
        await chat.SendAsync(T(language, "dialog.yes"));
        Assert.Equal([T(language, "dialog.use_buttons"), T(language, "onboarding.notice")], chat.LastTexts);
        Assert.Equal("sure", (await TopAsync(chat)).StepId);

        await chat.PressAsync(T(language, "dialog.yes"));
        Assert.Equal(T(language, "onboarding.consent_thanks"), chat.LastTexts[0]);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Three_wrong_answers_at_a_choice_pause_with_the_answers_kept_and_go_on_continues(string language)
    {
        var chat = await AtColorAsync(language);

        await chat.SendAsync("xyz");
        Assert.StartsWith(T(language, "dialog.choose_button"), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Contains(T(language, "dialog.back"), chat.ButtonLabels);
        Assert.Contains(T(language, "dialog.none_of_these"), chat.ButtonLabels);
        await chat.SendAsync("xyz");
        await chat.SendAsync("xyz");

        Assert.Equal([T(language, "dialog.paused")], chat.LastTexts);
        Assert.Equal([T(language, "dialog.go_on"), T(language, "dialog.talk_to_person")], chat.ButtonLabels);
        var paused = await TopAsync(chat);
        Assert.Equal(("test-typing", "color", "2026-12-24"), (paused.FlowId, paused.StepId, paused.Values["day"]));

        await chat.PressAsync(T(language, "dialog.go_on"));
        Assert.Equal([T(language, "privacy.ask_consent")], chat.LastTexts);
        await chat.PressAsync(T(language, "onboarding.decline"));
        Assert.Equal([T(language, "onboarding.notice")], chat.LastTexts);
    }

    [Fact]
    public async Task Back_after_a_wrong_answer_asks_the_previous_question_again()
    {
        var chat = await AtColorAsync("uk");
        await chat.SendAsync("xyz");

        await chat.PressAsync(T("uk", "dialog.back"));
        Assert.Equal([T("uk", "validation.date")], chat.LastTexts);
        await chat.SendAsync("01.02.2027");

        Assert.Equal([T("uk", "privacy.ask_consent")], chat.LastTexts);
        Assert.Equal("2027-02-01", (await TopAsync(chat)).Values["day"]);
    }

    [Fact]
    public async Task None_of_these_leads_to_the_person_flow_and_the_question_comes_back_with_its_answers()
    {
        var chat = await AtColorAsync("ar");
        await chat.SendAsync("xyz");

        await chat.PressAsync(T("ar", "dialog.none_of_these"));

        // Tickets are off in this test world, so the person flow says so and the question comes back.
        Assert.Equal([T("ar", "handoff.unavailable"), T("ar", "privacy.ask_consent")], chat.LastTexts);
        var top = await TopAsync(chat);
        Assert.Equal(("test-typing", "color", "2026-12-24"), (top.FlowId, top.StepId, top.Values["day"]));
    }

    [Theory]
    [InlineData("de", "workshops", "workshops")]
    [InlineData("de", "  WORKSHOPS ", "workshops")]
    [InlineData("en", "📋offers", "offers")]
    [InlineData("tr", "atolyeler", "workshops")]
    [InlineData("ru", "мастер классы", "workshops")]
    [InlineData("uk", "МАЙСТЕР-КЛАСИ", "workshops")]
    [InlineData("ar", "اللُّغَة", "language")]
    [InlineData("ar", "Sprache", "language")]
    [InlineData("fa", "كارگاه‌ها", "workshops")]
    [InlineData("fa", "Атölyeler", null)]
    public async Task Typed_labels_match_without_emoji_case_and_accents_in_any_language(string language, string typed, string? value)
    {
        var chat = await StartAsync(language);

        await chat.SendAsync(typed);

        Assert.Equal(value, (await TopAsync(chat)).Values.GetValueOrDefault("pick"));
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Cancel_after_answers_asks_by_button_and_keep_going_keeps_them(string language)
    {
        var chat = await AtDayAsync(language);

        await chat.SendAsync("/cancel");
        Assert.Equal([T(language, "dialog.leave_lost")], chat.LastTexts);
        Assert.Equal([T(language, "dialog.leave_stop"), T(language, "dialog.leave_stay")], chat.ButtonLabels);
        await chat.SendAsync(Word(language, "words.yes"));
        Assert.Equal([T(language, "dialog.use_buttons"), T(language, "dialog.leave_lost")], chat.LastTexts);

        await chat.PressAsync(T(language, "dialog.leave_stay"));
        Assert.Equal([T(language, "validation.date")], chat.LastTexts);
        Assert.Equal("my note", (await TopAsync(chat)).Values["note"]);

        await chat.SendAsync("/cancel");
        await chat.PressAsync(T(language, "dialog.leave_stop"));
        Assert.Equal([T(language, "dialog.cancelled"), T(language, "menu.prompt")], chat.LastTexts);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Delete_names_what_would_be_lost_and_only_a_button_erases(string language)
    {
        var chat = await OnboardedAsync(language);

        await chat.SendAsync(Word(language, "words.delete"));
        Assert.StartsWith(T(language, "privacy.delete_list"), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Contains(T(language, "privacy.data_language", ("language_name", Texts.NativeName(language))), chat.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal(T(language, "privacy.delete_confirm"), chat.LastTexts[1]);

        await chat.SendAsync(Word(language, "words.yes"));
        Assert.Equal([T(language, "dialog.use_buttons"), T(language, "privacy.delete_confirm")], chat.LastTexts);
        Assert.NotNull(await chat.ProfileAsync());

        await chat.PressAsync(T(language, "dialog.yes"));
        Assert.Equal([T(language, "privacy.deleted")], chat.LastTexts);
        Assert.Null(await chat.ProfileAsync());
    }

    [Theory]
    [InlineData("🗑️ Löschen", "loschen")]
    [InlineData("\u200FMenü!", "menu")]
    [InlineData("İPTAL", "iptal")]
    [InlineData("ايوه", "ایوه")]
    [InlineData("نَعَمْ", "نعم")]
    [InlineData("✅", "")]
    public void Typed_text_is_compared_by_its_letters_only(string typed, string normalized) =>
        Assert.Equal(TypedText.Normalize(normalized), TypedText.Normalize(typed));

    /// <summary>The first word of a comma-separated word list, such as "löschen" of words.delete.</summary>
    // Shown in Arabic or Persian, the list of words is separated by "،".
    private static string Word(string language, string key) => T(language, key).Split(',', '،')[0].Trim();

    private static async Task<Conversation> StartAsync(string language)
    {
        var chat = new Conversation(clientLanguage: language, flowsFolder: Path.Combine(TestFiles.TestFlows, "typing"));
        await chat.OnboardAsync();
        var begun = await chat.Engine.BeginAsync(chat.UserId, "test-typing", null, CancellationToken.None);
        Assert.Equal([T(language, "menu.prompt")], begun.Replies.Select(r => r.Text));
        return chat;
    }

    private static async Task<Conversation> AtDayAsync(string language)
    {
        var chat = await StartAsync(language);
        await chat.SendAsync(T(language, "menu.offers"));
        await chat.SendAsync("my note");
        Assert.Equal([T(language, "validation.date")], chat.LastTexts);
        return chat;
    }

    private static async Task<Conversation> AtColorAsync(string language)
    {
        var chat = await AtDayAsync(language);
        await chat.SendAsync("24.12.2026");
        Assert.Equal([T(language, "privacy.ask_consent")], chat.LastTexts);
        return chat;
    }

    private static async Task<DialogFrame> TopAsync(Conversation chat) => (await chat.StateAsync())!.Top!;
}
