using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tickets;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>
/// Tickets, drafts, the audit log and staff invitations: found the ways the counsellors need, sealed
/// content stored exactly as given, case numbers never given twice.
/// </summary>
public abstract class HandoffStoresContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    private static readonly byte[] SealedBytes = [0x00, 0xff, 0x10, 0x80, 0x7f];

    [SkippableFact]
    public async Task Case_numbers_count_per_series_and_twenty_at_once_get_twenty_different_numbers()
    {
        var tickets = Store<ITicketStore>();
        Assert.Equal(1, await tickets.NextNumberAsync("GS-2026", None));

        var numbers = await AtOnceAsync(20, _ => tickets.NextNumberAsync("AD-2026", None));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Order());
        Assert.Equal(2, await tickets.NextNumberAsync("GS-2026", None));
    }

    [SkippableFact]
    public async Task A_ticket_keeps_its_sealed_content_byte_for_byte_and_is_found_by_topic_and_person()
    {
        var tickets = Store<ITicketStore>();
        var ticket = Ticket("AD-2026-0001", "p1", Now, topic: 12);
        await tickets.SaveAsync(ticket, None);
        await tickets.SaveAsync(Ticket("GS-2026-0001", "p1", Now.AddMinutes(-5), topic: null), None);
        await tickets.SaveAsync(Ticket("GS-2026-0002", "p2", Now, topic: 13), None);

        var stored = await tickets.GetAsync("AD-2026-0001", None);
        Assert.Equal(SealedBytes, stored!.Sealed);
        Assert.Equal(ticket with { Sealed = stored.Sealed }, stored);
        Assert.Equal("AD-2026-0001", (await tickets.FindByTopicAsync(-100, 12, None))?.Id);
        Assert.Null(await tickets.FindByTopicAsync(-101, 12, None));
        Assert.Equal(["GS-2026-0001", "AD-2026-0001"], (await tickets.ForParticipantAsync("p1", None)).Select(t => t.Id));
    }

    [SkippableFact]
    public async Task Closed_tickets_are_found_by_closing_date_and_deleting_removes_them()
    {
        var tickets = Store<ITicketStore>();
        await tickets.SaveAsync(Ticket("old", "p", Now, topic: null) with { State = TicketState.Closed, ClosedAt = Now.AddDays(-400) }, None);
        await tickets.SaveAsync(Ticket("recent", "p", Now, topic: null) with { State = TicketState.Closed, ClosedAt = Now.AddDays(-2) }, None);
        await tickets.SaveAsync(Ticket("open", "p", Now, topic: null), None);

        Assert.Equal(["old"], (await tickets.ClosedBeforeAsync(Now.AddDays(-365), None)).Select(t => t.Id));
        await tickets.DeleteAsync("old", None);
        Assert.Null(await tickets.GetAsync("old", None));
        Assert.Equal(["open", "recent"], (await tickets.ForParticipantAsync("p", None)).Select(t => t.Id).Order());
    }

    [SkippableFact]
    public async Task The_console_list_filters_by_state_and_kind_and_pages_newest_first()
    {
        var tickets = Store<ITicketStore>();
        for (var i = 1; i <= 5; i++)
        {
            await tickets.SaveAsync(Ticket($"AD-{i}", "p", Now.AddMinutes(i), topic: null), None);
        }

        await tickets.SaveAsync(Ticket("GS-1", "q", Now.AddMinutes(10), topic: null) with { Kind = TicketKind.PersonRequest }, None);
        await tickets.SaveAsync(Ticket("AD-6", "q", Now.AddMinutes(11), topic: null) with { State = TicketState.Closed, ClosedAt = Now.AddMinutes(12) }, None);

        var open = await tickets.ListAsync(new TicketQuery(OpenOnly: true, Skip: 1, Take: 2), None);
        Assert.Equal(6, open.Total);
        Assert.Equal(["AD-5", "AD-4"], open.Tickets.Select(t => t.Id));
        var closed = await tickets.ListAsync(new TicketQuery(State: TicketState.Closed), None);
        Assert.Equal(["AD-6"], closed.Tickets.Select(t => t.Id));
        var requests = await tickets.ListAsync(new TicketQuery(WithoutReports: true), None);
        Assert.Equal((1, "GS-1"), (requests.Total, requests.Tickets.Single().Id));
        var reports = await tickets.ListAsync(new TicketQuery(Kind: TicketKind.DiscriminationReport, Take: 100), None);
        Assert.Equal(6, reports.Total);
    }

    [SkippableFact]
    public async Task The_audit_log_is_searched_by_person_ticket_and_action_newest_first()
    {
        var audit = Store<IAuditLog>();
        await audit.AppendAsync(Entry("e1", "AD-1", staff: 7, AuditAction.Claimed, Now), None);
        await audit.AppendAsync(Entry("e2", "AD-1", staff: 7, AuditAction.Read, Now.AddMinutes(1)), None);
        await audit.AppendAsync(Entry("e3", "AD-1", staff: 8, AuditAction.Read, Now.AddMinutes(2)), None);
        await audit.AppendAsync(Entry("e4", "GS-1", staff: 7, AuditAction.Closed, Now.AddMinutes(3)), None);

        Assert.Equal(["e4", "e2", "e1"], (await audit.SearchAsync(new AuditQuery(StaffUserId: 7), None)).Entries.Select(e => e.Id));
        Assert.Equal(["e3", "e2"], (await audit.SearchAsync(new AuditQuery(TicketId: "AD-1", Action: AuditAction.Read), None)).Entries.Select(e => e.Id));
        var page = await audit.SearchAsync(new AuditQuery(Skip: 1, Take: 2), None);
        Assert.Equal(4, page.Total);
        Assert.Equal(["e3", "e2"], page.Entries.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task A_draft_keeps_its_sealed_content_and_old_drafts_are_deleted_by_last_change()
    {
        var drafts = Store<IReportDraftStore>();
        await drafts.SaveAsync(new ReportDraft { Key = "k-old", StartedAt = Now.AddDays(-40), UpdatedAt = Now.AddDays(-31), Sealed = SealedBytes }, None);
        await drafts.SaveAsync(new ReportDraft { Key = "k-new", StartedAt = Now.AddDays(-40), UpdatedAt = Now.AddDays(-1), Sealed = SealedBytes }, None);

        Assert.Equal(SealedBytes, (await drafts.GetAsync("k-new", None))!.Sealed);
        Assert.Equal(1, await drafts.DeleteUpdatedBeforeAsync(Now.AddDays(-30), None));
        Assert.Null(await drafts.GetAsync("k-old", None));
        Assert.True(await drafts.DeleteAsync("k-new", None));
        Assert.False(await drafts.DeleteAsync("k-new", None));
    }

    [SkippableFact]
    public async Task The_audit_log_pseudonymises_one_staff_member_everywhere_and_keeps_the_rest()
    {
        var audit = Store<IAuditLog>();
        await audit.AppendAsync(Entry("e1", "AD-1", staff: 7, AuditAction.Claimed, Now), None);
        await audit.AppendAsync(Entry("e2", "AD-1", staff: 7, AuditAction.Read, Now.AddMinutes(1)), None);
        await audit.AppendAsync(Entry("e3", "AD-1", staff: 8, AuditAction.Noted, Now.AddMinutes(2)), None);
        await audit.AppendAsync(Entry("e4", "GS-1", staff: 7, AuditAction.Closed, Now), None);

        Assert.Equal(3, await audit.PseudonymizeAsync(7, "staff-3f9a", None));

        var entries = await audit.ForTicketAsync("AD-1", None);
        Assert.Equal(["e1", "e2", "e3"], entries.Select(e => e.Id));
        Assert.Equal([(null, "staff-3f9a"), (null, "staff-3f9a"), ((long?)8, (string?)null)], entries.Select(e => (e.StaffUserId, e.StaffPseudonym)));
        Assert.Equal(AuditAction.Read, entries[1].Action);
        Assert.Equal(1, await audit.DeleteForTicketAsync("GS-1", None));
        Assert.Empty(await audit.ForTicketAsync("GS-1", None));
    }

    [SkippableFact]
    public async Task A_staff_invitation_keeps_its_roles_and_its_use()
    {
        var invites = Store<IStaffInviteStore>();
        var invite = new StaffInvite { Id = "hash", Roles = new HashSet<StaffRole> { StaffRole.Staff }, CreatedBy = 9, CreatedAt = Now, ExpiresAt = Now.AddDays(2) };
        await invites.SaveAsync(invite, None);
        await invites.SaveAsync(invite with { UsedBy = 12, UsedAt = Now.AddHours(1) }, None);

        var stored = await invites.GetAsync("hash", None);
        Assert.Equal([StaffRole.Staff], stored!.Roles);
        Assert.Equal((12L, Now.AddHours(1), Now.AddDays(2)), (stored.UsedBy!.Value, stored.UsedAt!.Value, stored.ExpiresAt));
        Assert.Null(await invites.GetAsync("other", None));
    }

    private static HandoffTicket Ticket(string id, string participant, DateTimeOffset created, int? topic) => new()
    {
        Id = id,
        Kind = TicketKind.DiscriminationReport,
        Language = "ar",
        CreatedAt = created,
        ParticipantKey = participant,
        Post = topic is { } t ? new StaffPost(StaffChatKind.AntiDiscrimination, -100, t, 1) : null,
        Sealed = SealedBytes,
    };

    private static AuditEntry Entry(string id, string ticket, long staff, AuditAction action, DateTimeOffset at) =>
        new() { Id = id, TicketId = ticket, StaffUserId = staff, Action = action, At = at };
}

public sealed class InMemoryHandoffStoresTests(InMemoryStores stores) : HandoffStoresContract<InMemoryStores>(stores);

public sealed class LiteDbHandoffStoresTests(LiteDbStores stores) : HandoffStoresContract<LiteDbStores>(stores);

public sealed class PostgreSqlHandoffStoresTests(PostgreSqlStores stores) : HandoffStoresContract<PostgreSqlStores>(stores);
