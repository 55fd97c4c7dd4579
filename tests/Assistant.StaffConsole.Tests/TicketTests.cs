using System.Net;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Tickets;
using Assistant.StaffConsole.Tests.Support;
using static Assistant.StaffConsole.Tests.Support.ConsoleHost;

namespace Assistant.StaffConsole.Tests;

/// <summary>Tickets in the console: the same relay, roles and audit as the staff chats; stale forms refused.</summary>
public sealed class TicketTests
{
    [Fact]
    public async Task A_counsellor_reads_and_answers_a_report_and_the_participant_gets_the_answer_in_her_language()
    {
        await using var host = await StartAsync();
        var report = await host.OpenReportAsync("The landlord refused the flat because of my headscarf.");
        host.ParticipantReceived();
        using var browser = await host.SignedInAsync(Counsellor);

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/console/tickets"));
        Assert.Contains(report.Id, list, StringComparison.Ordinal);
        Assert.DoesNotContain("/console/tickets/" + report.Id, list, StringComparison.Ordinal);

        var page = await browser.GetStringAsync(host.TicketPath(report.Id));
        Assert.Contains("The landlord refused the flat because of my headscarf.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var answered = await browser.PostAsync(host.TicketPath(report.Id) + "?handler=answer", Form(page, ("version", Version(page)), ("answer", "I am sorry. Can we talk tomorrow?")));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // Exactly what a counsellor's answer in the report's topic gives: claimed, then the answer, in Arabic.
        var received = host.ParticipantReceived();
        Assert.Contains(host.Texts("handoff.from_named", "ar", ("name", "Petra"), ("role", host.Texts("handoff.roles.counselling", "ar")), ("text", "I am sorry. Can we talk tomorrow?")), received);
        var stored = await host.Get<ITicketStore>().GetAsync(report.Id, CancellationToken.None);
        Assert.Equal((TicketState.Waiting, (long?)Counsellor), (stored!.State, stored.ClaimedBy));
        var audit = await host.AuditAsync(report.Id);
        Assert.Contains(audit, e => e is { Action: AuditAction.Read, StaffUserId: Counsellor });
        Assert.Contains(audit, e => e is { Action: AuditAction.Answered, StaffUserId: Counsellor });
    }

    [Fact]
    public async Task Staff_without_the_counselling_role_get_403_for_a_report_and_the_attempt_is_audited()
    {
        await using var host = await StartAsync();
        var report = await host.OpenReportAsync("Secret account of what happened.");
        var request = await host.OpenRequestAsync("Help with the child benefit form");
        using var browser = await host.SignedInAsync(SocialWorker);

        var list = await browser.GetStringAsync("/console/tickets");
        Assert.Contains(request.Id, list, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Id, list, StringComparison.Ordinal);

        var denied = await browser.GetAsync(host.TicketPath(report.Id));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("Secret account", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(await host.AuditAsync(report.Id));
        Assert.Equal((AuditAction.Denied, (long?)SocialWorker), (entry.Action, entry.StaffUserId));

        // The request is theirs to see.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(host.TicketPath(request.Id))).StatusCode);
    }

    [Fact]
    public async Task A_role_taken_away_counts_at_once_in_an_open_session()
    {
        await using var host = await StartAsync();
        using var browser = await host.SignedInAsync(SocialWorker);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/tickets")).StatusCode);

        await host.Get<IStaffStore>().DeleteAsync(SocialWorker, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/console/tickets")).StatusCode);
    }

    [Fact]
    public async Task A_note_on_a_ticket_someone_else_claimed_meanwhile_is_refused_with_what_changed()
    {
        await using var host = await StartAsync();
        var request = await host.OpenRequestAsync("Question about the language course");
        using var petra = await host.SignedInAsync(Counsellor);
        using var sam = await host.SignedInAsync(SocialWorker);
        var petrasPage = await petra.GetStringAsync(host.TicketPath(request.Id));

        var samsPage = await sam.GetStringAsync(host.TicketPath(request.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostAsync(host.TicketPath(request.Id) + "?handler=claim", Form(samsPage, ("version", Version(samsPage))))).StatusCode);

        var stale = await petra.PostAsync(host.TicketPath(request.Id) + "?handler=note", Form(petrasPage, ("version", Version(petrasPage)), ("note", "Call her on Monday")));
        var shown = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(host.Texts("console.stale_title"), shown, StringComparison.Ordinal);
        Assert.Contains(host.Texts("console.stale_claimed", "en", ("name", "Sam Weber")), shown, StringComparison.Ordinal);
        Assert.Contains("Call her on Monday", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(await host.AuditAsync(request.Id), e => e.Action == AuditAction.Noted);
    }

    [Fact]
    public async Task Closing_a_request_tells_the_participant_and_moves_it_to_the_closed_list()
    {
        await using var host = await StartAsync();
        var open = await host.OpenRequestAsync("Still open");
        var request = await host.OpenRequestAsync("Please call me back");
        host.ParticipantReceived();
        using var browser = await host.SignedInAsync(SocialWorker);
        var page = await browser.GetStringAsync(host.TicketPath(request.Id));

        var noted = await browser.PostAsync(host.TicketPath(request.Id) + "?handler=note", Form(page, ("version", Version(page)), ("note", "Called, no answer")));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        page = await browser.GetStringAsync(host.TicketPath(request.Id));
        Assert.Contains("Called, no answer", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var closed = await browser.PostAsync(host.TicketPath(request.Id) + "?handler=close", Form(page, ("version", Version(page))));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        Assert.Contains(host.Texts("handoff.closed_by_staff", "ar", ("ticket", request.Id)), host.ParticipantReceived());
        var closedList = await browser.GetStringAsync("/console/tickets?state=closed");
        var openList = await browser.GetStringAsync("/console/tickets?state=open");
        Assert.Contains(request.Id, closedList, StringComparison.Ordinal);
        Assert.DoesNotContain(open.Id, closedList, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Id, openList, StringComparison.Ordinal);
        Assert.Contains(open.Id, openList, StringComparison.Ordinal);
        Assert.Equal([AuditAction.Noted, AuditAction.Closed], (await host.AuditAsync(request.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task An_empty_answer_is_refused_next_to_the_field_and_nothing_is_sent()
    {
        await using var host = await StartAsync();
        var request = await host.OpenRequestAsync("Where is the office?");
        host.ParticipantReceived();
        using var browser = await host.SignedInAsync(SocialWorker);
        var page = await browser.GetStringAsync(host.TicketPath(request.Id));

        var response = await browser.PostAsync(host.TicketPath(request.Id) + "?handler=answer", Form(page, ("version", Version(page)), ("answer", "   ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"answer-error\">{host.Texts("console.text_required")}<", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.ParticipantReceived());
    }

    [Fact]
    public async Task Ticket_addresses_do_not_reveal_case_numbers_and_made_up_ones_are_not_found()
    {
        await using var host = await StartAsync();
        var request = await host.OpenRequestAsync("Appointment please");
        using var browser = await host.SignedInAsync(SocialWorker);

        Assert.DoesNotContain(request.Id, host.TicketPath(request.Id), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/console/tickets/" + request.Id)).StatusCode);
    }

    [Fact]
    public async Task Only_admins_open_the_audit_log_and_filter_it_by_action()
    {
        await using var host = await StartAsync();
        var report = await host.OpenReportAsync("An account.");
        using var sam = await host.SignedInAsync(SocialWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync(host.TicketPath(report.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sam.GetAsync("/console/audit")).StatusCode);

        using var admin = await host.SignedInAsync(Admin);
        var denied = WebUtility.HtmlDecode(await admin.GetStringAsync("/console/audit?action=Denied"));
        var all = WebUtility.HtmlDecode(await admin.GetStringAsync("/console/audit?action=Read"));

        Assert.Contains(report.Id, denied, StringComparison.Ordinal);
        Assert.Contains("Sam Weber (902)", denied, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Id, all, StringComparison.Ordinal);
    }
}
