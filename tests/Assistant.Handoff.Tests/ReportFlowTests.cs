using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>The report flow on the real flows and texts: safety first, every part, drafts, and what staff get.</summary>
public sealed class ReportFlowTests : IDisposable
{
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task Someone_in_danger_sees_110_112_and_the_hotline_at_once_and_can_go_on(string language)
    {
        var p = await _world.ParticipantAsync(1, language);

        await p.ChooseAsync("menu.report");
        Assert.Equal([p.T("report.intro"), p.T("report.safety_question")], p.LastTexts);
        await p.ChooseAsync("report.in_danger");

        var emergency = p.LastTexts[0];
        Assert.Contains("110", emergency, StringComparison.Ordinal);
        Assert.Contains("112", emergency, StringComparison.Ordinal);
        Assert.Contains("116 016", emergency, StringComparison.Ordinal);
        Assert.Equal(p.T("report.after_emergency"), p.LastTexts[1]);
        await p.ChooseAsync("report.go_on");
        Assert.Equal([p.T("report.ask_contact")], p.LastTexts);
    }

    [Fact]
    public async Task A_complete_report_shows_a_summary_then_gives_a_case_number_and_opens_a_ticket_for_counsellors_only()
    {
        var p = await _world.ParticipantAsync(1);

        await NotInDangerAsync(p);
        await p.ChooseAsync("report.with_contact");
        await p.ChooseAsync("report.contact_ways.phone");
        await p.SendAsync("0171 2345678");
        await p.PressAsync(Texts.NativeName("ar"));
        await p.ChooseAsync("report.grounds.religion");
        Assert.Equal([p.T("report.grounds_chosen", ("grounds", p.T("report.grounds.religion"))), p.T("report.more_grounds")], p.LastTexts);
        await p.ChooseAsync("report.grounds.gender");
        await p.ChooseAsync("report.grounds_done");
        await p.ChooseAsync("report.areas.authorities");
        await p.SendAsync("12.11.2026");
        await p.SendAsync("Die Frau am Schalter hat mich nicht bedient, weil ich ein Kopftuch trage.");
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.accompaniment");
        await p.ChooseAsync("report.consent_yes");

        Assert.Equal(
            p.T("report.summary.title") + "\n• "
            + string.Join("\n• ",
                p.T("report.summary.contact", ("contact", p.T("report.summary.by_phone", ("phone", "01712345678"), ("language_name", "العربية")))),
                p.T("report.summary.grounds", ("grounds", p.T("report.grounds.religion") + ", " + p.T("report.grounds.gender"))),
                p.T("report.summary.area", ("area", p.T("report.areas.authorities"))),
                p.T("report.summary.when", ("when", "12.11.2026")),
                p.T("report.summary.description", ("description", "Die Frau am Schalter hat mich nicht bedient, weil ich ein Kopftuch trage.")),
                p.T("report.summary.wish", ("wish", p.T("report.wishes.accompaniment")))),
            p.LastTexts[0]);
        Assert.Equal(p.T("report.confirm"), p.LastTexts[1]);

        await p.ChooseAsync("report.send");

        Assert.Equal([p.T("report.sent", ("case_number", "AD-2026-0001")), p.T("handoff.open_prompt")], p.LastTexts);
        var post = Assert.Single(_world.StaffChats.Posts);
        Assert.Equal(StaffChatKind.AntiDiscrimination, post.Post.Kind);
        Assert.Equal("AD-2026-0001 · Meldung · de", post.Title);
        Assert.DoesNotContain("Kopftuch", post.Message.Text, StringComparison.Ordinal);
        Assert.Equal("/claim AD-2026-0001", Assert.Single(post.Message.Buttons.SelectMany(r => r)).Payload);
        Assert.Empty(_world.Messenger.TextsTo(Counsellor));
    }

    [Fact]
    public async Task Tapping_a_ground_again_removes_it_and_done_needs_at_least_one()
    {
        var p = await _world.ParticipantAsync(1);
        await NotInDangerAsync(p);
        await p.ChooseAsync("report.anonymous");

        await p.ChooseAsync("report.grounds.age");
        await p.ChooseAsync("report.grounds.age");
        Assert.Equal(p.T("report.grounds_chosen", ("grounds", "–")), p.LastTexts[0]);
        await p.ChooseAsync("report.grounds_done");

        Assert.Equal([p.T("report.need_ground"), p.T("report.ask_grounds")], p.LastTexts);
    }

    [Theory]
    [InlineData("im letzten Sommer", null, "im letzten Sommer")]
    [InlineData("3.10.2026", "2026-10-03", null)]
    public async Task A_date_or_a_rough_time_in_own_words_is_taken(string typed, string? date, string? about)
    {
        var p = await _world.ParticipantAsync(1);
        await StartAnonymousAsync(p);
        await p.ChooseAsync("report.areas.work");

        await p.SendAsync(typed);

        Assert.Equal([p.T("report.ask_description")], p.LastTexts);
        var report = await DraftAsync(p.UserId);
        Assert.Equal(date, report.WhenDate);
        Assert.Equal(about, report.WhenAbout);
    }

    [Fact]
    public async Task A_date_in_the_future_is_asked_again()
    {
        var p = await _world.ParticipantAsync(1);
        await StartAnonymousAsync(p);
        await p.ChooseAsync("report.areas.work");

        await p.SendAsync("1.1.2027");

        Assert.Equal([p.T("report.when_future"), p.T("report.ask_when")], p.LastTexts);
    }

    [Fact]
    public async Task A_voice_message_can_be_the_description_and_photos_and_documents_are_kept_with_it()
    {
        var voice = new Attachment(AttachmentKind.Voice, "voice-1", null, "audio/ogg", 1000);
        var photo = new Attachment(AttachmentKind.Photo, "photo-1", null, "image/jpeg", 2000);
        var letter = new Attachment(AttachmentKind.Document, "doc-1", "Kündigung.pdf", "application/pdf", 3000);
        var p = await _world.ParticipantAsync(1);
        await StartAnonymousAsync(p);
        await p.ChooseAsync("report.areas.housing");
        await p.ChooseAsync("report.when_unknown");

        await p.SendFilesAsync(null, voice);
        Assert.Equal([p.T("report.ask_files")], p.LastTexts);
        await p.SendFilesAsync("Das Foto vom Aushang", photo);
        Assert.Equal([Texts.Get("de", "report.files_received", new Dictionary<string, string> { ["count"] = "2" })], p.LastTexts);
        await p.SendFilesAsync(null, letter);
        await p.ChooseAsync("report.files_done");

        Assert.Equal([p.T("report.ask_wish")], p.LastTexts);
        var report = await DraftAsync(p.UserId);
        Assert.Equal([voice, photo, letter], report.Files);
        Assert.Equal("Das Foto vom Aushang", report.Description);
    }

    [Fact]
    public async Task Leaving_in_the_middle_keeps_a_draft_that_goes_on_where_it_stopped()
    {
        var p = await _world.ParticipantAsync(1);
        await StartAnonymousAsync(p);
        await p.ChooseAsync("report.areas.police");
        await p.SendAsync("/menu");
        await _world.AdvanceAsync(TimeSpan.FromHours(3));

        await NotInDangerAsync(p);
        Assert.Equal([p.T("report.draft_found", ("draft_date", LocalFormat.DateTime(_world.Clock.GetUtcNow().AddHours(-3), "de", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))))], p.LastTexts);
        await p.ChooseAsync("report.draft_continue");

        Assert.Equal([p.T("report.ask_when")], p.LastTexts);
    }

    [Fact]
    public async Task A_draft_can_be_deleted_and_is_gone_by_itself_after_24_hours()
    {
        var p = await _world.ParticipantAsync(1);
        var q = await _world.ParticipantAsync(2);
        await StartAnonymousAsync(p);
        await StartAnonymousAsync(q);
        await p.SendAsync("/menu");
        await q.SendAsync("/menu");

        await NotInDangerAsync(p);
        await p.ChooseAsync("report.draft_delete");
        Assert.Equal([p.T("report.delete_confirm")], p.LastTexts);
        await p.ChooseAsync("dialog.yes");
        Assert.Equal([p.T("report.deleted"), p.T("menu.prompt")], p.LastTexts);
        await _world.AdvanceAsync(TimeSpan.FromHours(24));

        var store = _world.Services.GetRequiredService<IReportDraftStore>();
        var drafts = _world.Services.GetRequiredService<ReportDrafts>();
        Assert.Null(await store.GetAsync(drafts.KeyOf(p.UserId), CancellationToken.None));
        Assert.Null(await store.GetAsync(drafts.KeyOf(q.UserId), CancellationToken.None));
    }

    [Fact]
    public async Task Without_consent_nothing_is_passed_on_and_the_draft_stays()
    {
        var p = await _world.ParticipantAsync(1);
        await UpToConsentAsync(p);

        await p.ChooseAsync("report.consent_no");

        Assert.Equal([p.T("report.no_consent"), p.T("menu.prompt")], p.LastTexts);
        Assert.Empty(_world.StaffChats.Posts);
        Assert.NotNull(await DraftOrNullAsync(p.UserId));
    }

    [Fact]
    public async Task Changing_one_part_asks_only_that_and_shows_the_summary_again()
    {
        var p = await _world.ParticipantAsync(1);
        await UpToConsentAsync(p);
        await p.ChooseAsync("report.consent_yes");

        await p.ChooseAsync("report.change");
        await p.ChooseAsync("report.parts.area");
        Assert.Equal([p.T("report.ask_area")], p.LastTexts);
        await p.ChooseAsync("report.areas.shops");

        Assert.Contains(p.T("report.summary.area", ("area", p.T("report.areas.shops"))), p.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal(p.T("report.confirm"), p.LastTexts[1]);
    }

    [Fact]
    public async Task The_stored_conversation_never_holds_what_the_report_says()
    {
        var p = await _world.ParticipantAsync(1);
        var seen = new List<string>();
        async Task SnapshotAsync() => seen.Add(JsonSerializer.Serialize(await _world.Conversations.LoadAsync(p.UserId, CancellationToken.None)));

        await StartAnonymousAsync(p);
        await SnapshotAsync();
        await p.ChooseAsync("report.areas.housing");
        await SnapshotAsync();
        await p.SendAsync("im Frühling");
        await SnapshotAsync();
        await p.SendAsync(ReportScript.Description);
        await SnapshotAsync();
        await p.SendAsync("Noch etwas: Zeuge war Herr K.");
        await SnapshotAsync();
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.intervention");
        await p.ChooseAsync("report.consent_yes");
        await SnapshotAsync();

        Assert.All(seen, json =>
        {
            Assert.DoesNotContain("Marker-7731", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Herr K.", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Fr\\u00FChling", json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Frühling", json, StringComparison.Ordinal);
        });
    }

    /// <summary>Opens the report from the main menu and says there is no danger.</summary>
    private static async Task NotInDangerAsync(Participant p)
    {
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
    }

    private static async Task StartAnonymousAsync(Participant p)
    {
        await NotInDangerAsync(p);
        await p.ChooseAsync("report.anonymous");
        await p.ChooseAsync("report.grounds.religion");
        await p.ChooseAsync("report.grounds_done");
    }

    /// <summary>An anonymous report of insults online, answered up to the question for consent.</summary>
    private static async Task UpToConsentAsync(Participant p)
    {
        await StartAnonymousAsync(p);
        await p.ChooseAsync("report.areas.online");
        await p.ChooseAsync("report.when_today");
        await p.SendAsync("Beleidigende Kommentare unter meinem Foto.");
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.record");
    }

    private async Task<ReportContent> DraftAsync(long userId) =>
        await DraftOrNullAsync(userId) ?? throw new InvalidOperationException("No draft");

    private async Task<ReportContent?> DraftOrNullAsync(long userId) =>
        (await _world.Services.GetRequiredService<ReportDrafts>().LoadAsync(userId, CancellationToken.None))?.Content;
}
