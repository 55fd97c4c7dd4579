using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Privacy;

/// <summary>The notice and the details say that Telegram holds the messages too, and name the AI service when one is set.</summary>
public sealed class PrivacyNoticeTests
{
    public static TheoryData<string> Languages => new(Texts.LanguageCodes);

    // Any provider works: nothing is asked of the AI while the notice is shown.
    private static readonly Dictionary<string, string?> WithAi = new()
    {
        ["Ai:Provider"] = "OpenAI",
        ["Ai:Model"] = "gpt-test",
        ["Ai:ApiKey"] = "not-used",
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Without_an_AI_service_the_notice_names_none_and_the_details_say_only_Telegram_holds_the_messages_too(string language)
    {
        var chat = new Conversation(clientLanguage: language);

        await chat.SendAsync("/start");
        Assert.Equal(T(language, "onboarding.notice"), chat.LastTexts[^1]);

        await chat.PressAsync(T(language, "onboarding.agree"));
        await chat.SendAsync("/privacy");
        Assert.Equal(T(language, "privacy.details"), chat.LastTexts[0]);
        Assert.Equal(T(language, "privacy.elsewhere"), chat.LastTexts[1]);
        Assert.DoesNotContain(chat.LastTexts, t => t.Contains("OpenAI", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task With_an_AI_service_the_notice_and_the_details_name_it(string language)
    {
        var chat = new Conversation(clientLanguage: language, settings: WithAi);

        await chat.SendAsync("/start");
        var notice = chat.LastTexts[^1];
        Assert.Equal(T(language, "onboarding.notice_ai", ("ai_service", "OpenAI")), notice);
        Assert.Contains("OpenAI", notice, StringComparison.Ordinal);

        await chat.PressAsync(T(language, "onboarding.agree"));
        await chat.SendAsync("/privacy");
        Assert.Equal(T(language, "privacy.elsewhere_ai", ("ai_service", "OpenAI")), chat.LastTexts[1]);
    }

    [Fact]
    public async Task Read_more_before_consenting_names_the_AI_service_too()
    {
        var chat = new Conversation(clientLanguage: "ar", settings: WithAi);
        await chat.SendAsync("/start");

        await chat.PressAsync(T("ar", "onboarding.more"));

        Assert.Equal(
            [T("ar", "privacy.details"), T("ar", "privacy.elsewhere_ai", ("ai_service", "OpenAI")), T("ar", "onboarding.notice_ai", ("ai_service", "OpenAI"))],
            chat.LastTexts);
    }
}
