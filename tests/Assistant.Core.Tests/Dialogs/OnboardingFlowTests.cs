using Assistant.Core.Conversations;
using Assistant.Core.Tests.Support;
using Assistant.Core.Users;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

public sealed class OnboardingFlowTests
{
    [Fact]
    public async Task Start_greets_in_the_app_language_and_consent_leads_to_the_menu()
    {
        var chat = new Conversation(clientLanguage: "de-DE");

        await chat.SendAsync("/start");
        Assert.Equal(
            [T("de", "onboarding.welcome"), T("de", "onboarding.language_question", ("language_name", "Deutsch"))],
            chat.LastTexts);

        await chat.PressAsync(T("de", "onboarding.keep_language"));
        Assert.Equal([T("de", "onboarding.notice")], chat.LastTexts);

        await chat.PressAsync(T("de", "onboarding.agree"));
        Assert.Equal([T("de", "onboarding.consent_thanks"), T("de", "menu.prompt")], chat.LastTexts);
        Assert.Contains(T("de", "menu.workshops"), chat.ButtonLabels);

        var profile = await chat.ProfileAsync();
        Assert.Equal(ConsentDecision.Given, profile!.Consent);
        Assert.Equal("de", profile.Language);
        Assert.Equal(chat.Clock.GetUtcNow(), profile.ConsentDecidedAt);
        Assert.Equal(ConsentRecorder.NoticeVersion, profile.ConsentNoticeVersion);
    }

    [Fact]
    public async Task Unknown_app_language_is_asked_in_every_language_and_remembered()
    {
        var chat = new Conversation(clientLanguage: "pt-BR");

        await chat.SendAsync("hallo");
        var question = Assert.Single(chat.Last.Replies);
        foreach (var language in Texts.LanguageCodes)
        {
            Assert.Contains(T(language, "language.choose"), question.Text, StringComparison.Ordinal);
        }

        Assert.Equal(["Deutsch", "English", "العربية", "Türkçe", "Українська", "Русский", "فارسی"], chat.ButtonLabels);

        await chat.PressAsync("العربية");
        Assert.Equal(T("ar", "language.changed", ("language_name", "العربية")), chat.LastTexts[0]);
        Assert.Equal(T("ar", "onboarding.notice"), chat.LastTexts[^1]);
        Assert.All(chat.Last.Replies, r => Assert.Equal(TextDirection.RightToLeft, r.Direction));
        Assert.Equal("ar", (await chat.ProfileAsync())!.Language);
    }

    [Fact]
    public async Task Refusing_consent_keeps_only_language_and_refusal_and_still_shows_the_menu()
    {
        var chat = new Conversation(clientLanguage: "tr");

        await chat.SendAsync("/start");
        await chat.PressAsync(T("tr", "onboarding.keep_language"));
        await chat.PressAsync(T("tr", "onboarding.decline"));

        Assert.Equal([T("tr", "onboarding.without_consent"), T("tr", "menu.prompt")], chat.LastTexts);
        var profile = await chat.ProfileAsync();
        Assert.Equal(ConsentDecision.Refused, profile!.Consent);
        Assert.Equal("tr", profile.Language);
        var state = await chat.StateAsync();
        Assert.All(state!.Stack, frame => Assert.DoesNotContain(frame.Values.Values, v => v.Contains("Amina", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Read_more_shows_the_privacy_details_and_asks_again()
    {
        var chat = new Conversation();
        await chat.SendAsync("/start");
        await chat.PressAsync(T("de", "onboarding.keep_language"));

        await chat.PressAsync(T("de", "onboarding.more"));

        Assert.Equal([T("de", "privacy.details"), T("de", "onboarding.notice")], chat.LastTexts);
    }

    [Fact]
    public async Task Choosing_another_language_during_onboarding_switches_every_following_text()
    {
        var chat = new Conversation(clientLanguage: "de");
        await chat.SendAsync("/start");

        await chat.PressAsync(T("de", "onboarding.change_language"));
        await chat.PressAsync("Українська");

        Assert.Equal([T("uk", "language.changed", ("language_name", "Українська")), T("uk", "onboarding.notice")], chat.LastTexts);
    }

    [Fact]
    public async Task Returning_user_who_decided_is_welcomed_back_to_the_menu()
    {
        var chat = new Conversation(clientLanguage: "ru");
        await chat.OnboardAsync();

        await chat.SendAsync("/start");

        Assert.Equal([T("ru", "onboarding.welcome_back"), T("ru", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task Deep_link_payload_reaches_the_onboarding_flow()
    {
        var chat = new Conversation();

        await chat.SendAsync("/start invite-42");

        var state = await chat.StateAsync();
        Assert.Equal("invite-42", state!.Top!.Values["argument"]);
    }
}
