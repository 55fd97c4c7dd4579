using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

public sealed class MainMenuFlowTests
{
    [Fact]
    public async Task Menu_offers_every_entry_in_the_users_language()
    {
        var chat = await OnboardedAsync("fa");

        Assert.Equal(
            new[] { "offers", "workshops", "appointments", "report", "person", "language", "privacy", "newsletter" }.Select(k => T("fa", "menu." + k)),
            chat.ButtonLabels);
    }

    [Fact]
    public async Task Reporting_discrimination_starts_by_asking_whether_the_person_is_in_danger()
    {
        var chat = await OnboardedAsync("en");

        await chat.PressAsync(T("en", "menu.report"));

        Assert.Equal([T("en", "report.intro"), T("en", "report.safety_question")], chat.LastTexts);
    }

    [Fact]
    public async Task Talk_to_a_person_says_so_honestly_while_no_encryption_key_is_set()
    {
        var chat = await OnboardedAsync("en");

        await chat.PressAsync(T("en", "menu.person"));

        Assert.Equal([T("en", "handoff.unavailable"), T("en", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task Typed_text_is_a_question_and_without_a_fitting_offer_gets_an_honest_answer()
    {
        var chat = await OnboardedAsync();

        await chat.SendAsync("asdkjh qwe");

        Assert.Equal([T("de", "questions.nothing_fits")], chat.LastTexts);
        Assert.Contains(T("de", "questions.talk_to_person"), chat.ButtonLabels);
    }

    [Fact]
    public async Task Typing_a_button_label_works_like_pressing_it()
    {
        var chat = await OnboardedAsync("en");

        await chat.SendAsync(T("en", "menu.language"));

        Assert.Equal([T("en", "language.choose")], chat.LastTexts);
    }

    [Fact]
    public async Task Privacy_entry_lets_the_user_withdraw_consent_with_one_button()
    {
        var chat = await OnboardedAsync("en");

        await chat.PressAsync(T("en", "menu.privacy"));
        Assert.Equal([T("en", "privacy.details"), T("en", "privacy.elsewhere"), T("en", "privacy.consent_active")], chat.LastTexts);

        await chat.PressAsync(T("en", "privacy.withdraw"));
        Assert.Equal([T("en", "privacy.consent_withdrawn"), T("en", "menu.prompt")], chat.LastTexts);
        Assert.Equal(Users.ConsentDecision.Refused, (await chat.ProfileAsync())!.Consent);
    }

    [Fact]
    public async Task Language_entry_changes_the_language_for_good()
    {
        var chat = await OnboardedAsync("de");

        await chat.PressAsync(T("de", "menu.language"));
        await chat.PressAsync("English");

        Assert.Equal([T("en", "language.changed", ("language_name", "English")), T("en", "menu.prompt")], chat.LastTexts);
        await chat.SendAsync("/menu");
        Assert.Equal([T("en", "menu.prompt")], chat.LastTexts);
    }
}
