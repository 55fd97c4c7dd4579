using Assistant.Core.Staff;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tests.Support;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Tests;

/// <summary>The LiteDB stores give back what they were given.</summary>
public sealed class StorageTests : IDisposable
{
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Staff_roles_survive_the_data_file()
    {
        // Regression: System.Text.Json could write a staff member's set of roles but not read it back.
        var store = _world.Services.GetRequiredService<IStaffStore>();
        await store.SaveAsync(new StaffMember { UserId = 7, DisplayName = "Selin", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination } }, CancellationToken.None);

        var member = await store.GetAsync(7, CancellationToken.None);

        Assert.Equal([StaffRole.Staff, StaffRole.AntiDiscrimination], member!.Roles.Order());
    }

    [Fact]
    public async Task Invitations_keep_their_roles()
    {
        var store = _world.Services.GetRequiredService<IStaffInviteStore>();
        await store.SaveAsync(new StaffInvite { Id = "abc", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);

        Assert.Equal([StaffRole.Staff], (await store.GetAsync("abc", CancellationToken.None))!.Roles);
    }

    [Fact]
    public async Task Case_numbers_count_per_kind_and_year_and_tickets_are_found_by_topic_and_person()
    {
        var tickets = _world.Tickets;

        var first = await tickets.NextNumberAsync("AD-2026", CancellationToken.None);
        var second = await tickets.NextNumberAsync("AD-2026", CancellationToken.None);
        var other = await tickets.NextNumberAsync("GS-2026", CancellationToken.None);

        Assert.Equal((1, 2, 1), (first, second, other));
        await tickets.SaveAsync(new HandoffTicket { Id = "AD-2026-0001", Kind = TicketKind.DiscriminationReport, Language = "ar", ParticipantKey = "p1", Post = new StaffPost(StaffChatKind.AntiDiscrimination, -100, 12, 1), Sealed = [1, 2, 3] }, CancellationToken.None);

        Assert.Equal("AD-2026-0001", (await tickets.FindByTopicAsync(-100, 12, CancellationToken.None))?.Id);
        Assert.Null(await tickets.FindByTopicAsync(-101, 12, CancellationToken.None));
        Assert.Equal([1, 2, 3], Assert.Single(await tickets.ForParticipantAsync("p1", CancellationToken.None)).Sealed);
    }
}
