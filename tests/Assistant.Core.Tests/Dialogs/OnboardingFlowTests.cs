using Assistant.Core.Conversations;
using Assistant.Core.Tests.Support;
using Assistant.Core.Users;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

public sealed class OnboardingFlowTests
{
    public static TheoryData<string> Languages => new(Texts.LanguageCodes);

    private static readonly string[] NativeNames = ["Deutsch", "English", "العربية", "Türkçe", "Українська", "Русский", "فارسی"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Known_app_language_greets_in_it_with_every_language_a_tap_away_and_consent_takes_one_tap(string language)
    {
        var chat = new Conversation(clientLanguage: language);

        await chat.SendAsync("/start");
        Assert.Equal([T(language, "onboarding.welcome"), T(language, "onboarding.notice")], chat.LastTexts);
        Assert.Equal([T(language, "onboarding.agree"), T(language, "onboarding.decline"), .. NativeNames, T(language, "onboarding.more")], chat.ButtonLabels);
        var direction = language is "ar" or "fa" ? TextDirection.RightToLeft : TextDirection.LeftToRight;
        Assert.All(chat.Last.Replies, r => Assert.Equal(direction, r.Direction));

        await chat.PressAsync(T(language, "onboarding.agree"));
        Assert.Equal([T(language, "onboarding.consent_thanks"), T(language, "menu.prompt")], chat.LastTexts);

        var profile = await chat.ProfileAsync();
        Assert.Equal(ConsentDecision.Given, profile!.Consent);
        Assert.Equal(language, profile.Language);
        Assert.Equal(chat.Clock.GetUtcNow(), profile.ConsentDecidedAt);
        Assert.Equal(ConsentRecorder.NoticeVersion, profile.ConsentNoticeVersion);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Unknown_app_language_shows_all_seven_first_and_consent_is_one_more_tap(string language)
    {
        var chat = new Conversation(clientLanguage: "pt-BR");

        await chat.SendAsync("hallo");
        var question = Assert.Single(chat.Last.Replies);
        Assert.All(Texts.LanguageCodes, code => Assert.Contains(T(code, "language.choose"), question.Text, StringComparison.Ordinal));
        Assert.Equal(NativeNames, chat.ButtonLabels);

        await chat.PressAsync(Texts.NativeName(language));
        Assert.Equal(
            [T(language, "language.changed", ("language_name", Texts.NativeName(language))), T(language, "onboarding.welcome"), T(language, "onboarding.notice")],
            chat.LastTexts);

        await chat.PressAsync(T(language, "onboarding.agree"));
        Assert.Equal(T(language, "onboarding.consent_thanks"), chat.LastTexts[0]);
        var profile = await chat.ProfileAsync();
        Assert.Equal(language, profile!.Language);
        Assert.Equal(ConsentDecision.Given, profile.Consent);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_language_button_on_the_first_screen_greets_again_in_that_language(string language)
    {
        var chat = new Conversation(clientLanguage: language == "de" ? "en" : "de");
        await chat.SendAsync("/start");

        await chat.PressAsync(Texts.NativeName(language));

        Assert.Equal([T(language, "onboarding.welcome"), T(language, "onboarding.notice")], chat.LastTexts);
        Assert.Equal(T(language, "onboarding.agree"), chat.ButtonLabels[0]);
        var profile = await chat.ProfileAsync();
        Assert.Equal(language, profile!.Language);
        Assert.Equal(ConsentDecision.NotAsked, profile.Consent);
    }

    [Fact]
    public async Task Typing_a_language_name_on_the_first_screen_switches_too()
    {
        var chat = new Conversation(clientLanguage: "de");
        await chat.SendAsync("/start");

        await chat.SendAsync("türkçe");

        Assert.Equal([T("tr", "onboarding.welcome"), T("tr", "onboarding.notice")], chat.LastTexts);
    }

    [Fact]
    public async Task Refusing_consent_keeps_only_language_and_refusal_and_still_shows_the_menu()
    {
        var chat = new Conversation(clientLanguage: "tr");

        await chat.SendAsync("/start");
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

        await chat.PressAsync(T("de", "onboarding.more"));

        Assert.Equal([T("de", "privacy.details"), T("de", "privacy.elsewhere"), T("de", "onboarding.notice")], chat.LastTexts);
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
