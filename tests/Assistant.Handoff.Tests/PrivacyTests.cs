using Assistant.Core.Privacy;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Tests.Support;
using Assistant.Handoff.Tickets;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>"My data", erasure and the retention periods for reports, requests and drafts.</summary>
public sealed class PrivacyTests : IDisposable
{
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    private IPersonalDataArea Area => _world.Services.GetServices<IPersonalDataArea>().Single(a => a.Name == "handoff");

    [Fact]
    public async Task My_data_lists_reports_requests_and_a_draft()
    {
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        await p.SendAsync("/menu");
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync("report.anonymous");

        var section = await Area.ExportAsync(p.UserId, "de", CancellationToken.None);

        Assert.NotNull(section);
        Assert.Equal(
            [
                T("de", "handoff.export_ticket", ("kind", T("de", "handoff.kinds.discrimination_report")), ("ticket", ticket), ("date", "24.11.2026"), ("state", T("de", "handoff.states.new"))),
                T("de", "handoff.export_draft", ("date", "24.11.2026")),
            ],
            section.Lines);
        Assert.Contains("Marker-7731", System.Text.Json.JsonSerializer.Serialize(section.Data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_closes_open_tickets_tells_staff_keeps_anonymous_reports_without_the_person_and_deletes_the_rest()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var anonymous = await p.ReportAsync(anonymous: true);
        await p.SendAsync("/menu");
        var withContact = await p.ReportAsync(description: "Mit Kontakt");
        var tickets = _world.Services.GetRequiredService<TicketService>();

        await p.SendAsync("/delete");
        await p.ChooseAsync("dialog.yes");

        Assert.Equal(T("de", "tickets.closed_erased", ("ticket", anonymous)), _world.StaffChats.TextsInTopic(await _world.TopicOfAsync(anonymous))[^1]);
        var kept = await _world.TicketAsync(anonymous);
        Assert.Equal(TicketState.Closed, kept.State);
        Assert.Null(kept.ParticipantKey);
        Assert.Null(tickets.Open(kept).ParticipantId);
        Assert.Equal(ReportScript.Description, tickets.Open(kept).Report!.Description);
        Assert.Null(await _world.Tickets.GetAsync(withContact, CancellationToken.None));
        Assert.Empty(await tickets.ForUserAsync(p.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task A_staff_member_who_is_erased_stays_in_the_audit_log_only_as_a_pseudonym()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        await _world.StaffWritesAsync(Counsellor, "Selin", StaffChatKind.AntiDiscrimination, await _world.TopicOfAsync(ticket), "/claim");

        await Area.EraseAsync(Counsellor, CancellationToken.None);

        var entries = await _world.Audit.ForTicketAsync(ticket, CancellationToken.None);
        Assert.Equal([AuditAction.Claimed, AuditAction.Read], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Null(e.StaffUserId));
        Assert.All(entries, e => Assert.StartsWith("staff-", e.StaffPseudonym, StringComparison.Ordinal));
        Assert.Single(entries.Select(e => e.StaffPseudonym).Distinct());
    }

    [Fact]
    public async Task Closed_tickets_and_their_audit_entries_are_deleted_after_the_retention_period()
    {
        await _world.WithStaffAsync();
        var p = await _world.ParticipantAsync(1);
        var ticket = await p.ReportAsync();
        await _world.StaffWritesAsync(Counsellor, "Selin", StaffChatKind.AntiDiscrimination, await _world.TopicOfAsync(ticket), "/close");
        var policy = _world.Services.GetServices<IRetentionPolicy>().Single(r => r.Name == "closed-tickets");

        var early = await policy.DeleteExpiredAsync(_world.Clock.GetUtcNow().AddDays(364), CancellationToken.None);
        var due = await policy.DeleteExpiredAsync(_world.Clock.GetUtcNow().AddDays(366), CancellationToken.None);

        Assert.Equal((0, 1), (early, due));
        Assert.Null(await _world.Tickets.GetAsync(ticket, CancellationToken.None));
        Assert.Empty(await _world.Audit.ForTicketAsync(ticket, CancellationToken.None));
    }
}
