using Assistant.Core.Localization;
using Assistant.Core.Safety;
using Assistant.Core.Staff;
using Assistant.Handoff.Tests.Support;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>
/// Safety first in the report and in an open ticket, in every language: a message saying the person is in
/// danger gets 110, 112 and the help lines at once, and the report or the ticket goes on; the danger question
/// takes typed answers and never ends the report.
/// </summary>
public sealed class SafetyTests : IDisposable
{
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_in_the_middle_of_a_report_gets_the_safety_answer_then_the_same_question_and_the_report_goes_on(string language)
    {
        var p = await _world.ParticipantAsync(1, language);
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync("report.anonymous");
        await p.ChooseAsync("report.grounds.religion");
        await p.ChooseAsync("report.grounds_done");

        await p.SendAsync(InDanger(language));
        Assert.Equal([SafetyAnswer(language), p.T("report.ask_area")], p.LastTexts);
        await p.ChooseAsync("report.areas.housing");

        Assert.Equal([p.T("report.ask_when")], p.LastTexts);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_written_as_what_happened_gets_the_safety_answer_and_stays_in_the_report(string language)
    {
        var p = await _world.ParticipantAsync(1, language);
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync("report.anonymous");
        await p.ChooseAsync("report.grounds.gender");
        await p.ChooseAsync("report.grounds_done");
        await p.ChooseAsync("report.areas.housing");
        await p.ChooseAsync("report.when_today");

        await p.SendAsync(InDanger(language));
        Assert.Equal([SafetyAnswer(language), p.T("report.ask_files")], p.LastTexts);
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.advice");
        await p.ChooseAsync("report.consent_yes");

        Assert.Contains(InDanger(language), p.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal(p.T("report.confirm"), p.LastTexts[1]);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Distress_written_to_a_counsellor_gets_the_safety_answer_and_still_reaches_the_counsellor(string language)
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1, language);
        var ticket = await p.ReportAsync(anonymous: true);
        var topic = await _world.TopicOfAsync(ticket);
        await _world.StaffWritesAsync(Counsellor, "Selin", StaffChatKind.AntiDiscrimination, topic, "/claim");

        await p.SendAsync(InDanger(language));

        Assert.Equal([SafetyAnswer(language), p.T("handoff.relayed")], p.LastTexts);
        Assert.Equal(T("de", "tickets.from_participant", ("text", InDanger(language))), _world.StaffChats.TextsInTopic(topic)[^1]);
    }

    [Theory]
    [InlineData("de", "ja")]
    [InlineData("de", "Ja, ich bin in Gefahr")]
    [InlineData("en", "yes")]
    [InlineData("ar", "نعم")]
    [InlineData("tr", "evet")]
    [InlineData("tr", "Evet!")]
    [InlineData("uk", "так")]
    [InlineData("ru", "да")]
    [InlineData("fa", "بله")]
    [InlineData("de", "Mein Mann schlägt mich")]
    [InlineData("ar", "زوجي يضربني")]
    public async Task The_danger_question_answered_yes_by_typing_shows_the_numbers(string language, string typed)
    {
        var p = await AtTheDangerQuestionAsync(language);

        await p.SendAsync(typed);

        Assert.Equal([p.T("report.emergency", ("help_lines", HelpLines(language))), p.T("report.after_emergency")], p.LastTexts);
    }

    [Theory]
    [InlineData("de", "nein")]
    [InlineData("en", "no")]
    [InlineData("ar", "لا")]
    [InlineData("tr", "hayır")]
    [InlineData("uk", "ні")]
    [InlineData("ru", "нет")]
    [InlineData("fa", "نه")]
    public async Task The_danger_question_answered_no_by_typing_goes_on_with_the_report(string language, string typed)
    {
        var p = await AtTheDangerQuestionAsync(language);

        await p.SendAsync(typed);

        Assert.Equal([p.T("report.ask_contact")], p.LastTexts);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Answers_the_danger_question_cannot_read_never_end_the_report_they_bring_the_numbers(string language)
    {
        var p = await AtTheDangerQuestionAsync(language);

        await p.SendAsync("123");
        await p.SendAsync("???");
        Assert.StartsWith(p.T("dialog.choose_button"), p.LastTexts[0], StringComparison.Ordinal);
        await p.SendAsync("xyz");

        Assert.Equal([p.T("report.emergency", ("help_lines", HelpLines(language))), p.T("report.after_emergency")], p.LastTexts);
        await p.ChooseAsync("report.go_on");
        Assert.Equal([p.T("report.ask_contact")], p.LastTexts);
    }

    private static string InDanger(string language) => language switch
    {
        "de" => "Mein Mann schlägt mich",
        "en" => "I am in danger, he hits me",
        "ar" => "زوجي يضربني",
        "tr" => "kocam beni dövüyor",
        "uk" => "мене б'ють",
        "ru" => "мне угрожают",
        "fa" => "شوهرم مرا می‌زند",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private string HelpLines(string language) => _world.Get<HelpLines>().Render(language);

    private string SafetyAnswer(string language) => T(language, "safety.answer", ("help_lines", HelpLines(language)));

    private async Task<Participant> AtTheDangerQuestionAsync(string language)
    {
        var p = await _world.ParticipantAsync(1, language);
        await p.ChooseAsync("menu.report");
        Assert.Equal([p.T("report.intro"), p.T("report.safety_question")], p.LastTexts);
        return p;
    }
}
