using Assistant.Core.Localization;
using Assistant.Core.Users;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>
/// Words typed in a report or to a counsellor mean what the person meant there: "Löschen" at a report's
/// summary never erases everything, "help" to a counsellor reaches the counsellor, and a follow-up goes to
/// the open request instead of starting a second one.
/// </summary>
public sealed class TypedWordsTests : IDisposable
{
    private readonly HandoffWorld _world = new();

    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    public void Dispose() => _world.Dispose();

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Typed_delete_and_yes_at_a_report_summary_never_erase_the_users_data(string language)
    {
        var p = await _world.ParticipantAsync(1, language);
        await UpToSummaryAsync(p);

        // Before: "Löschen" started /delete, and one more "ja" erased all of the user's data.
        await p.SendAsync(Word(language, "words.delete"));
        Assert.Equal([p.T("report.delete_confirm")], p.LastTexts);
        await p.SendAsync(Word(language, "words.yes"));

        Assert.Equal([p.T("dialog.use_buttons"), p.T("report.delete_confirm")], p.LastTexts);
        Assert.NotNull(await _world.Get<IUserProfileStore>().GetAsync(p.UserId, CancellationToken.None));
        Assert.NotNull(await _world.Services.GetRequiredService<ReportDrafts>().LoadAsync(p.UserId, CancellationToken.None));

        await p.ChooseAsync("dialog.no");
        Assert.Equal(p.T("report.confirm"), p.LastTexts[^1]);
        await p.ChooseAsync("report.send");
        Assert.Single(_world.StaffChats.Posts);
    }

    [Theory]
    [InlineData("de", "Hilfe")]
    [InlineData("de", "Menü")]
    [InlineData("en", "help")]
    [InlineData("en", "menu")]
    [InlineData("tr", "iptal")]
    [InlineData("ru", "помощь")]
    [InlineData("ar", "اللغة")]
    [InlineData("fa", "حذف")]
    public async Task Command_words_written_to_a_counsellor_go_to_the_counsellor(string language, string word)
    {
        var p = await _world.ParticipantAsync(1, language);
        await p.ChooseAsync("menu.person");
        await p.SendAsync("Ein Brief vom Jobcenter");
        var topic = (await _world.TicketAsync("GS-2026-0001")).Post!.TopicId!.Value;

        await p.SendAsync(word);

        Assert.Equal([p.T("handoff.relayed")], p.LastTexts);
        Assert.EndsWith(word, _world.StaffChats.TextsInTopic(topic)[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task A_follow_up_after_back_to_the_menu_goes_to_the_open_request_not_a_second_one(string language)
    {
        var p = await _world.ParticipantAsync(1, language);
        await p.ChooseAsync("menu.person");
        await p.SendAsync("Ein Brief vom Jobcenter");
        await p.ChooseAsync("handoff.back_to_menu");
        var topic = (await _world.TicketAsync("GS-2026-0001")).Post!.TopicId!.Value;

        await p.SendAsync("Und der Brief hat eine Frist bis Freitag");
        Assert.Equal([p.T("handoff.follow_up_ask", ("ticket", "GS-2026-0001"))], p.LastTexts);
        await p.ChooseAsync("handoff.follow_up_send");

        Assert.Equal([p.T("handoff.follow_up_sent", ("ticket", "GS-2026-0001")), p.T("handoff.open_prompt")], p.LastTexts);
        Assert.EndsWith("Und der Brief hat eine Frist bis Freitag", _world.StaffChats.TextsInTopic(topic)[^1], StringComparison.Ordinal);
        Assert.Null(await _world.Tickets.GetAsync("GS-2026-0002", CancellationToken.None));
        Assert.DoesNotContain(_world.StaffChats.Posts, post => post.Post.TopicId != topic);
    }

    [Fact]
    public async Task A_question_handed_to_a_person_while_a_request_is_open_is_added_to_that_request()
    {
        var p = await _world.ParticipantAsync(1);
        await p.ChooseAsync("menu.person");
        await p.SendAsync("Ein Brief vom Jobcenter");
        await p.ChooseAsync("handoff.back_to_menu");

        var begun = await _world.Engine.BeginAsync(p.UserId, "handoff-request", new Dictionary<string, string> { ["topic"] = "Gibt es einen Nähkurs?" }, CancellationToken.None);

        Assert.Equal([p.T("handoff.follow_up_sent", ("ticket", "GS-2026-0001")), p.T("handoff.open_prompt")], begun.Replies.Select(r => r.Text));
        Assert.Null(await _world.Tickets.GetAsync("GS-2026-0002", CancellationToken.None));
    }

    [Fact]
    public async Task Without_an_open_request_typed_text_at_the_menu_is_a_question_as_before()
    {
        var p = await _world.ParticipantAsync(1, "en");

        await p.SendAsync("Where can I learn German?");

        Assert.DoesNotContain(p.T("handoff.follow_up_ask", ("ticket", "GS-2026-0001")), p.LastTexts);
        Assert.Empty(_world.StaffChats.Posts);
    }

    [Fact]
    public async Task Cancel_in_the_middle_of_a_report_asks_by_button_and_keeps_going()
    {
        var p = await _world.ParticipantAsync(1, "ar");
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync("report.anonymous");

        await p.SendAsync("/cancel");
        Assert.Equal([p.T("report.leave_warning")], p.LastTexts);
        await p.ChooseAsync("dialog.leave_stay");

        Assert.Equal([p.T("report.ask_grounds")], p.LastTexts);
    }

    // Shown in Arabic or Persian, the list of words is separated by "،".
    private static string Word(string language, string key) => TestTexts.T(language, key).Split(',', '،')[0].Trim();

    /// <summary>An anonymous report answered up to its summary.</summary>
    private static async Task UpToSummaryAsync(Participant p)
    {
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync("report.anonymous");
        await p.ChooseAsync("report.grounds.religion");
        await p.ChooseAsync("report.grounds_done");
        await p.ChooseAsync("report.areas.housing");
        await p.ChooseAsync("report.when_yesterday");
        await p.SendAsync(ReportScript.Description);
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.advice");
        await p.ChooseAsync("report.consent_yes");
        Assert.Equal(p.T("report.confirm"), p.LastTexts[^1]);
    }
}
