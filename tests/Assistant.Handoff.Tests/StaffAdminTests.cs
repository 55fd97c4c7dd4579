using System.Text.RegularExpressions;
using Assistant.Core.Staff;
using Assistant.Handoff.Tests.Support;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>Admins add and remove staff by command or by a one-time invitation link.</summary>
public sealed class StaffAdminTests : IDisposable
{
    private const StaffChatKind General = StaffChatKind.General;
    private readonly HandoffWorld _world = new();

    public void Dispose() => _world.Dispose();

    private StaffDirectory Directory => _world.Services.GetRequiredService<StaffDirectory>();

    [Fact]
    public async Task An_admin_adds_a_counsellor_and_removes_her_again()
    {
        var added = await _world.StaffWritesAsync(Admin, "Petra", General, null, "/addstaff 4711 ad Selin");
        Assert.Equal(T("de", "tickets.staff_added", ("name", "Selin"), ("user_id", "4711"), ("roles", T("de", "tickets.roles.staff") + ", " + T("de", "tickets.roles.anti_discrimination"))), added!.Text);
        Assert.True(await Directory.HasRoleAsync(4711, StaffRole.AntiDiscrimination, CancellationToken.None));

        var removed = await _world.StaffWritesAsync(Admin, "Petra", General, null, "/removestaff 4711");

        Assert.Equal(T("de", "tickets.staff_removed", ("name", "Selin"), ("user_id", "4711")), removed!.Text);
        Assert.False(await Directory.IsStaffAsync(4711, CancellationToken.None));
    }

    [Fact]
    public async Task Only_admins_manage_staff_and_configured_admins_stay()
    {
        await _world.WithStaffAsync();

        var refused = await _world.StaffWritesAsync(Counsellor, "Selin", General, null, "/addstaff 4711 staff");
        var admin = await _world.StaffWritesAsync(Admin, "Petra", General, null, "/removestaff " + Admin);
        var usage = await _world.StaffWritesAsync(Admin, "Petra", General, null, "/addstaff Selin");

        Assert.Equal(T("de", "staff.not_allowed"), refused!.Text);
        Assert.Equal(T("de", "tickets.cannot_remove_admin"), admin!.Text);
        Assert.Equal(T("de", "tickets.addstaff_usage"), usage!.Text);
        Assert.False(await Directory.IsStaffAsync(4711, CancellationToken.None));
    }

    [Fact]
    public async Task An_invitation_link_goes_to_the_admin_privately_and_works_once()
    {
        var reply = await _world.StaffWritesAsync(Admin, "Petra", General, null, "/staffinvite ad");
        Assert.Equal(T("de", "tickets.invite_sent_privately"), reply!.Text);
        var link = Regex.Match(Assert.Single(_world.Messenger.To(Admin)).Text, "/start s-[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);

        var newcomer = new Participant(_world, 5000, "de");
        await newcomer.SendAsync(link);
        var late = new Participant(_world, 5001, "de");
        await late.SendAsync(link);

        Assert.Equal(
            T("de", "handoff.staff_joined", ("roles", T("de", "tickets.roles.staff") + ", " + T("de", "tickets.roles.anti_discrimination"))),
            newcomer.LastTexts[0]);
        Assert.Equal(T("de", "onboarding.welcome", ("first_name", "Amina")), newcomer.LastTexts[1]);
        Assert.True(await Directory.HasRoleAsync(5000, StaffRole.AntiDiscrimination, CancellationToken.None));
        Assert.Equal(T("de", "handoff.staff_invite_used"), late.LastTexts[0]);
        Assert.False(await Directory.IsStaffAsync(5001, CancellationToken.None));
    }

    [Fact]
    public async Task An_invitation_expires()
    {
        await _world.StaffWritesAsync(Admin, "Petra", General, null, "/staffinvite");
        var link = Regex.Match(_world.Messenger.To(Admin)[0].Text, "/start s-[A-Za-z0-9_-]+").Value;
        _world.Clock.Advance(TimeSpan.FromDays(8));

        var newcomer = new Participant(_world, 5000, "de");
        await newcomer.SendAsync(link);

        Assert.Equal(T("de", "handoff.staff_invite_expired"), newcomer.LastTexts[0]);
        Assert.False(await Directory.IsStaffAsync(5000, CancellationToken.None));
    }
}
