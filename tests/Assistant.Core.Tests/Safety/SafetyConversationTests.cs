using Assistant.Core.Localization;
using Assistant.Core.Safety;
using Assistant.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Safety;

/// <summary>
/// A message saying the person is in danger, at different points of a conversation and in every language: the
/// safety answer comes first, and the conversation goes on where it was without taking the text as an answer.
/// </summary>
public sealed class SafetyConversationTests
{
    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    /// <summary>One message in danger per language.</summary>
    public static string InDanger(string language) => language switch
    {
        "de" => "Mein Mann schlägt mich",
        "en" => "I am in danger",
        "ar" => "زوجي يضربني",
        "tr" => "kocam beni dövüyor",
        "uk" => "мене б'ють",
        "ru" => "мне угрожают",
        "fa" => "شوهرم مرا می‌زند",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_as_the_very_first_message_is_answered_before_the_greeting(string language)
    {
        var chat = new Conversation(clientLanguage: language);
        var greeting = new Conversation(clientLanguage: language);
        await greeting.SendAsync("/start");

        await chat.SendAsync(InDanger(language));

        Assert.Equal(SafetyAnswer(chat, language), chat.LastTexts[0]);
        Assert.Equal(greeting.LastTexts, chat.LastTexts.Skip(1));
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_at_the_menu_gets_the_safety_answer_and_the_menu_again_instead_of_a_search(string language)
    {
        var chat = await OnboardedAsync(language);

        await chat.SendAsync(InDanger(language));

        Assert.Equal([SafetyAnswer(chat, language), T(language, "menu.prompt")], chat.LastTexts);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_at_a_question_is_not_saved_as_its_answer_and_the_question_comes_again(string language)
    {
        var chat = await InSafetyFormAsync(language);

        await chat.SendAsync(InDanger(language));
        Assert.Equal([SafetyAnswer(chat, language), T(language, "menu.prompt")], chat.LastTexts);
        await chat.SendAsync("Amina Yusuf");

        Assert.Equal([T(language, "language.choose")], chat.LastTexts);
        Assert.Equal("Amina Yusuf", (await chat.StateAsync())!.Top!.Values["name"]);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_at_a_step_marked_pass_gets_the_safety_answer_and_is_kept_as_the_answer(string language)
    {
        var chat = await InSafetyFormAsync(language);
        await chat.SendAsync("Amina Yusuf");

        await chat.SendAsync(InDanger(language));

        Assert.Equal([SafetyAnswer(chat, language), T(language, "onboarding.notice_help")], chat.LastTexts);
        Assert.Equal(InDanger(language), (await chat.StateAsync())!.Top!.Values["story"]);
    }

    [Fact]
    public async Task Distress_in_another_language_is_answered_in_that_language_and_in_the_users_own()
    {
        var chat = await OnboardedAsync("de");

        await chat.SendAsync(InDanger("ar"));

        Assert.Equal([SafetyAnswer(chat, "ar"), SafetyAnswer(chat, "de"), T("de", "menu.prompt")], chat.LastTexts);
        Assert.Equal(Conversations.TextDirection.RightToLeft, chat.Last.Replies[0].Direction);
    }

    private static string SafetyAnswer(Conversation chat, string language) =>
        T(language, "safety.answer", ("help_lines", chat.Services.GetRequiredService<HelpLines>().Render(language)));

    private static async Task<Conversation> InSafetyFormAsync(string language)
    {
        var chat = new Conversation(clientLanguage: language, flowsFolder: TestFiles.TestFlows, extraActions: [new TestFormActions(), new TestCounterActions()]);
        await chat.OnboardAsync();
        await chat.Engine.BeginAsync(chat.UserId, "test-safety", null, CancellationToken.None);
        return chat;
    }
}
