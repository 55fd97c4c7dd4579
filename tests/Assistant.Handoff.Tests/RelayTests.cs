using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Tests.Support;
using Assistant.Handoff.Tickets;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>Tickets in staff chats: who may claim, who sees content, and messages passed both ways.</summary>
public sealed class RelayTests : IDisposable
{
    private const StaffChatKind Ad = StaffChatKind.AntiDiscrimination;
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_counsellor_who_claims_gets_the_report_privately_and_the_participant_is_told()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1, "ar");
        var ticket = await p.ReportAsync();
        var post = await _world.PostOfAsync(ticket);

        var reply = await _world.StaffPressesAsync(Counsellor, "Selin", post, _world.StaffChats.Posts[0].Message.Buttons[0][0]);

        Assert.Null(reply);
        var content = Assert.Single(_world.Messenger.To(Counsellor));
        Assert.Contains(ReportScript.Description, content.Text, StringComparison.Ordinal);
        Assert.Contains(T("de", "report.grounds.religion"), content.Text, StringComparison.Ordinal);
        Assert.Equal(T("de", "tickets.claimed_report", ("ticket", ticket), ("name", "Selin")), _world.StaffChats.TextsInTopic(post.TopicId!.Value)[^1]);
        Assert.Equal(T("ar", "handoff.claimed_named", ("ticket", ticket), ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling"))), p.Inbox[^1].Text);
        Assert.Equal(TextDirection.RightToLeft, p.Inbox[^1].Direction);
        Assert.Equal(TicketState.Claimed, (await _world.TicketAsync(ticket)).State);
    }

    [Fact]
    public async Task Staff_without_the_counselling_role_cannot_claim_read_or_answer_a_report_and_never_get_its_content()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);

        var claim = await _world.StaffWritesAsync(SocialWorker, "Jonas", Ad, topic, "/claim");
        var read = await _world.StaffWritesAsync(SocialWorker, "Jonas", Ad, topic, "/read " + ticket);
        var answer = await _world.StaffWritesAsync(SocialWorker, "Jonas", Ad, topic, "Hallo, wie kann ich helfen?");
        var admin = await _world.StaffWritesAsync(Admin, "Petra", Ad, topic, "/claim");

        Assert.All([claim, read, answer, admin], r => Assert.Equal(T("de", "tickets.report_role_needed"), r!.Text));
        Assert.Empty(_world.Messenger.To(SocialWorker));
        Assert.Empty(_world.Messenger.To(Admin));
        Assert.DoesNotContain(p.Inbox, m => m.Text.Contains("wie kann ich helfen", StringComparison.Ordinal));
        Assert.All(_world.StaffChats.Posts, post => Assert.DoesNotContain("Marker-7731", post.Message.Text, StringComparison.Ordinal));
        Assert.Equal(TicketState.New, (await _world.TicketAsync(ticket)).State);
    }

    [Fact]
    public async Task Someone_in_the_staff_chat_who_is_not_staff_is_ignored_and_cannot_claim()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);

        var reply = await _world.StaffWritesAsync(Stranger, "Max", Ad, topic, "/claim " + ticket);
        await _world.StaffWritesAsync(Stranger, "Max", Ad, topic, "Ich helfe Ihnen!");

        Assert.Null(reply);
        Assert.Equal(TicketState.New, (await _world.TicketAsync(ticket)).State);
        Assert.Empty(_world.Messenger.To(Stranger));
        Assert.Equal([p.T("report.sent", ("case_number", ticket)), p.T("handoff.open_prompt")], p.LastTexts);
        Assert.Empty(p.Inbox);
    }

    [Fact]
    public async Task Answers_go_back_and_forth_and_the_ticket_state_follows()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1, "ar");
        var ticket = await p.ReportAsync(anonymous: true);
        var topic = await _world.TopicOfAsync(ticket);
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Können Sie uns sagen, welche Wohnung es war?");
        Assert.Equal(T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "Können Sie uns sagen, welche Wohnung es war?")), p.Inbox[^1].Text);
        Assert.Equal(TicketState.Waiting, (await _world.TicketAsync(ticket)).State);

        await p.SendAsync("شارع المحطة ١٢");

        Assert.Equal([p.T("handoff.relayed")], p.LastTexts);
        Assert.Equal(T("de", "tickets.from_participant", ("text", "شارع المحطة ١٢")), _world.StaffChats.TextsInTopic(topic)[^1]);
        Assert.Equal(TicketState.Claimed, (await _world.TicketAsync(ticket)).State);
    }

    [Fact]
    public async Task A_participant_who_went_elsewhere_gets_the_answer_and_can_reply_to_it()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);
        await p.ChooseAsync("handoff.back_to_menu");
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Wir rufen Sie morgen an.");

        Assert.Equal(
            [T("de", "handoff.from_named", ("name", "Selin"), ("role", T("de", "handoff.roles.counselling")), ("text", "Wir rufen Sie morgen an.")), T("de", "handoff.open_prompt")],
            p.Inbox.TakeLast(2).Select(m => m.Text));
        await p.SendAsync("Danke, ab 10 Uhr bin ich da.");
        Assert.Equal("👤 Danke, ab 10 Uhr bin ich da.", _world.StaffChats.TextsInTopic(topic)[^1]);
        await p.PressAsync(p.T("handoff.back_to_menu"));
        Assert.Equal([p.T("menu.prompt")], p.LastTexts);
    }

    [Fact]
    public async Task Relay_can_name_only_the_role()
    {
        using var world = new HandoffWorld(new Dictionary<string, string?> { ["Handoff:RelayName"] = "Role" });
        await world.WithStaffAsync();
        var p = await world.ParticipantAsync(1, "tr");
        var ticket = await p.ReportAsync();
        var topic = await world.TopicOfAsync(ticket);

        await world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Merhaba!");

        Assert.Equal(T("tr", "handoff.from_role", ("role", T("tr", "handoff.roles.counselling")), ("text", "Merhaba!")), p.Inbox[^1].Text);
        Assert.DoesNotContain(p.Inbox, m => m.Text.Contains("Selin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_the_participant_writes_before_a_counsellor_claims_waits_and_arrives_with_the_claim()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);

        await p.SendAsync("Ich habe noch einen Zeugen.");
        Assert.Equal([p.T("handoff.kept")], p.LastTexts);
        Assert.DoesNotContain("👤 Ich habe noch einen Zeugen.", _world.StaffChats.TextsInTopic(topic));

        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        Assert.Contains(_world.StaffChats.TextsInTopic(topic), t => t.EndsWith("Ich habe noch einen Zeugen.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Close_tells_the_participant_and_ends_the_relay()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/close");
        var late = await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Noch eine Frage");
        var before = _world.StaffChats.Posts.Count;
        await p.SendAsync("Hallo?");

        Assert.Equal(T("de", "handoff.closed_by_staff", ("ticket", ticket)), p.Inbox[^1].Text);
        Assert.Equal(T("de", "tickets.is_closed", ("ticket", ticket)), late!.Text);
        Assert.Equal([p.T("handoff.closed_already"), p.T("menu.prompt")], p.LastTexts);
        Assert.Equal(before, _world.StaffChats.Posts.Count);
        Assert.Equal(TicketState.Closed, (await _world.TicketAsync(ticket)).State);
    }

    [Fact]
    public async Task A_note_is_kept_encrypted_and_never_reaches_the_participant()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");

        var reply = await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/note Vermieter ist bekannt, zweiter Fall");

        Assert.Equal(T("de", "tickets.note_saved"), reply!.Text);
        Assert.DoesNotContain(p.Inbox, m => m.Text.Contains("Vermieter ist bekannt", StringComparison.Ordinal));
        var content = _world.Services.GetRequiredService<TicketService>().Open(await _world.TicketAsync(ticket));
        Assert.Equal("Vermieter ist bekannt, zweiter Fall", Assert.Single(content.Notes).Text);
    }

    [Fact]
    public async Task The_audit_log_records_who_claimed_read_answered_noted_and_closed()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var topic = await _world.TopicOfAsync(ticket);

        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/claim");
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "Guten Tag!");
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/note erledigt");
        await _world.StaffWritesAsync(Counsellor, "Selin", Ad, topic, "/close");

        var entries = await _world.Audit.ForTicketAsync(ticket, CancellationToken.None);
        Assert.Equal([AuditAction.Claimed, AuditAction.Read, AuditAction.Answered, AuditAction.Noted, AuditAction.Closed], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(Counsellor, e.StaffUserId));
        Assert.All(entries, e => Assert.Equal(_world.Clock.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task A_ticket_nobody_claims_is_announced_again_until_someone_does()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        var reannounce = T("de", "tickets.reannounce", ("ticket", ticket), ("time", _world.Services.GetRequiredService<StaffTexts>().When(_world.Clock.GetUtcNow())));

        await _world.AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(reannounce, _world.StaffChats.TextsIn(Ad));
        await _world.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Single(_world.StaffChats.TextsIn(Ad), reannounce);
        var again = _world.StaffChats.Posts.Last(x => x.Message.Text == reannounce);
        Assert.Null(again.Post.TopicId);
        await _world.StaffPressesAsync(Counsellor, "Selin", again.Post, again.Message.Buttons[0][0]);
        await _world.AdvanceAsync(TimeSpan.FromHours(3));

        Assert.Single(_world.StaffChats.TextsIn(Ad), reannounce);
        Assert.Equal(TicketState.Claimed, (await _world.TicketAsync(ticket)).State);
    }

    [Fact]
    public async Task Reannouncements_stop_after_the_configured_number()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();

        await _world.AdvanceAsync(TimeSpan.FromHours(1));
        await _world.AdvanceAsync(TimeSpan.FromHours(1));
        await _world.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(3, _world.StaffChats.TextsIn(Ad).Count(t => t.StartsWith("⏰ " + ticket, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Talk_to_a_person_makes_a_ticket_for_the_general_staff_with_what_it_is_about()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1, "uk");

        await p.ChooseAsync("menu.person");
        Assert.Equal([p.T("handoff.ask_topic")], p.LastTexts);
        await p.SendAsync("Мені потрібна допомога з листом від Jobcenter.");

        // No AI service here: the person hears so once, with the offer of an interpreter.
        Assert.Equal([p.T("handoff.created", ("ticket", "GS-2026-0001")), p.T("translation.unavailable"), p.T("handoff.open_prompt")], p.LastTexts);
        var post = Assert.Single(_world.StaffChats.Posts);
        Assert.Equal(StaffChatKind.General, post.Post.Kind);
        Assert.Equal("GS-2026-0001 · Anfrage · uk", post.Title);
        Assert.Contains("Мені потрібна допомога з листом від Jobcenter.", post.Message.Text, StringComparison.Ordinal);

        await _world.StaffWritesAsync(SocialWorker, "Jonas", StaffChatKind.General, post.Post.TopicId, "Привіт! Я допоможу.");
        Assert.Equal(TicketState.Waiting, (await _world.TicketAsync("GS-2026-0001")).State);
        Assert.Equal(T("uk", "handoff.from_named", ("name", "Jonas"), ("role", T("uk", "handoff.roles.team")), ("text", "Привіт! Я допоможу.")), p.Inbox[^1].Text);
    }

    [Fact]
    public async Task A_question_the_bot_could_not_answer_arrives_as_such_and_a_second_request_goes_back_to_the_open_one()
    {
        var p = await _world.ParticipantAsync(1);
        var begun = await _world.Engine.BeginAsync(p.UserId, "handoff-request", new Dictionary<string, string> { ["topic"] = "Gibt es einen Nähkurs?" }, CancellationToken.None);
        Assert.Equal(T("de", "handoff.created", ("ticket", "GS-2026-0001")), begun.Replies[0].Text);
        await _world.RunDueJobsAsync();
        Assert.Equal("GS-2026-0001 · Offene Frage · de", _world.StaffChats.Posts[0].Title);

        await p.SendAsync("/menu");
        await p.ChooseAsync("menu.person");

        Assert.Equal([p.T("handoff.already_open", ("ticket", "GS-2026-0001")), p.T("handoff.open_prompt")], p.LastTexts);
    }

    [Fact]
    public async Task The_participant_can_end_the_conversation_and_staff_are_told()
    {
        var p = await _world.ParticipantAsync(1);
        await p.ChooseAsync("menu.person");
        await p.SendAsync("Eine Frage zum Sozialpass");

        await p.ChooseAsync("handoff.finish");
        await p.ChooseAsync("dialog.yes");

        Assert.Equal([p.T("handoff.finished"), p.T("menu.prompt")], p.LastTexts);
        Assert.Equal(T("de", "tickets.closed_by_participant", ("ticket", "GS-2026-0001")), _world.StaffChats.Posts[^1].Message.Text);
        Assert.Equal(TicketState.Closed, (await _world.TicketAsync("GS-2026-0001")).State);
    }
}
