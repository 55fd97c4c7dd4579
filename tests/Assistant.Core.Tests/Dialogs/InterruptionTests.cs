using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

/// <summary>/start, /menu, /cancel, /help and /language work at any step of any flow.</summary>
public sealed class InterruptionTests
{
    private static async Task<Conversation> AtConsentQuestionAsync(string language = "de")
    {
        var chat = new Conversation(clientLanguage: language);
        await chat.SendAsync("/start");
        return chat;
    }

    [Theory]
    [InlineData("/help")]
    [InlineData("Hilfe")]
    [InlineData("help")]
    public async Task Help_explains_the_current_step_and_continues_it(string help)
    {
        var chat = await AtConsentQuestionAsync();

        await chat.SendAsync(help);
        Assert.Equal([T("de", "onboarding.notice_help"), T("de", "onboarding.notice")], chat.LastTexts);

        await chat.PressAsync(T("de", "onboarding.agree"));
        Assert.Equal(T("de", "onboarding.consent_thanks"), chat.LastTexts[0]);
    }

    [Fact]
    public async Task Help_at_a_step_without_its_own_help_gives_the_general_help()
    {
        var chat = new Conversation();
        await chat.SendAsync("/start");
        await chat.SendAsync("/language");

        await chat.SendAsync("/help");

        Assert.Equal([T("de", "dialog.help"), T("de", "language.choose")], chat.LastTexts);
    }

    [Fact]
    public async Task Language_in_the_middle_of_a_flow_comes_back_to_the_same_question_in_the_new_language()
    {
        var chat = await AtConsentQuestionAsync();

        await chat.SendAsync("/language");
        Assert.Equal([T("de", "language.choose")], chat.LastTexts);
        await chat.PressAsync("English");

        Assert.Equal([T("en", "language.changed", ("language_name", "English")), T("en", "onboarding.notice")], chat.LastTexts);
        await chat.PressAsync(T("en", "onboarding.agree"));
        Assert.Equal(T("en", "onboarding.consent_thanks"), chat.LastTexts[0]);
    }

    [Theory]
    [InlineData("/cancel")]
    [InlineData("abbrechen")]
    [InlineData("iptal")]
    public async Task Cancel_stops_the_flow_and_goes_home(string cancel)
    {
        var chat = await AtConsentQuestionAsync();

        await chat.SendAsync(cancel);

        Assert.Equal([T("de", "dialog.cancelled"), T("de", "menu.prompt")], chat.LastTexts);
    }

    [Theory]
    [InlineData("/menu")]
    [InlineData("/menu@AgencyAssistantBot")]
    [InlineData("Menü")]
    public async Task Menu_goes_to_the_main_menu_from_anywhere(string menu)
    {
        var chat = await AtConsentQuestionAsync();

        await chat.SendAsync(menu);

        Assert.Equal([T("de", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task Start_in_the_middle_of_a_flow_begins_again()
    {
        var chat = await AtConsentQuestionAsync();

        await chat.SendAsync("/start");

        Assert.Equal(T("de", "onboarding.welcome"), chat.LastTexts[0]);
    }

    [Fact]
    public async Task Command_button_payload_works_like_the_command()
    {
        var chat = await AtConsentQuestionAsync();

        await chat.PressPayloadAsync("/menu");

        Assert.Equal([T("de", "menu.prompt")], chat.LastTexts);
    }
}
