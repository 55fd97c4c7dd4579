using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Volunteers.Reminders;
using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Shifts;

/// <summary>Staff call a shift off with <c>/cancelshift</c>: everyone on it is told, and the shift goes quiet.</summary>
public sealed class CallOffTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    private ShiftFormatter Format => _world.Get<ShiftFormatter>();

    [Fact]
    public async Task Calling_off_tells_each_signed_up_volunteer_in_their_language_and_the_coordinators()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10), needed: 3);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.VolunteerAsync(2, "Layla", ["de", "ar"], ["language_cafe"], language: "ar");
        await _world.VolunteerAsync(3, "Olena", ["de"], ["language_cafe"], language: "uk");
        await _world.VolunteerAsync(4, "Murat", ["de"], ["language_cafe"], language: "tr");
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.Board.SignUpAsync(2, shift.Id, CancellationToken.None);
        var olena = (await _world.Board.SignUpAsync(3, shift.Id, CancellationToken.None)).Signup!;
        await _world.Board.CancelAsync(3, olena.Id, allowLate: false, CancellationToken.None);
        var staff = await _world.StaffAsync();
        var coordinatorPostsBefore = _world.StaffChats.Coordinators.Count;

        await staff.SendAsync("/cancelshift");
        Assert.Equal(T("de", "volunteers.calloff_choose"), staff.LastTexts[0]);
        await staff.PressAsync(Format.Label(shift, "de", withTitle: true));
        Assert.Equal(T("de", "volunteers.calloff_confirm", ("shift", Format.Describe(shift, "de")), ("signed", "2")), staff.LastTexts[0]);
        await staff.PressAsync(T("de", "dialog.yes"));

        Assert.Equal(T("de", "volunteers.calloff_done", ("count", "2")), staff.LastTexts[0]);
        Assert.Equal([T("de", "volunteers.shift_called_off", ("shift", Format.Describe(shift, "de")))], _world.Messenger.TextsTo(1));
        var layla = Assert.Single(_world.Messenger.To(2));
        Assert.Equal(T("ar", "volunteers.shift_called_off", ("shift", Format.Describe(shift, "ar"))), layla.Text);
        Assert.Equal(TextDirection.RightToLeft, layla.Direction);
        Assert.Empty(_world.Messenger.To(3));
        Assert.Empty(_world.Messenger.To(4));
        var notice = Assert.Single(_world.StaffChats.Coordinators.Skip(coordinatorPostsBefore));
        Assert.Equal(T("de", "volunteers.staff_called_off", ("shift", Format.Describe(shift, "de")), ("signed", "2")), notice.Text);
    }

    [Fact]
    public async Task Called_off_shift_is_kept_with_its_signups_as_cancelled()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10));
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await CallOffAsync(shift, told: 1);

        var stored = await _world.Shifts.GetAsync("cafe", CancellationToken.None);
        Assert.Equal((Beginning, (long?)StaffId), (stored!.CancelledAt, stored.CancelledBy));
        var signup = Assert.Single(await _world.Signups.ForShiftAsync("cafe", CancellationToken.None));
        Assert.Equal(SignupStatus.Cancelled, signup.Status);
        Assert.False(signup.CancelledLate);
    }

    [Fact]
    public async Task No_reminder_and_no_short_staffed_alert_come_after_calling_off()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 2);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"], language: "en");
        var signup = (await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None)).Signup!;
        var pending = await _world.Jobs.DueAsync(Local(12, 31, 0), 100, CancellationToken.None);
        Assert.Contains(pending, j => j.Id.StartsWith(ShiftJobs.ReminderPrefix(signup.Id), StringComparison.Ordinal));
        Assert.Contains(pending, j => j.Id.StartsWith(ShiftJobs.AlertPrefix("cafe"), StringComparison.Ordinal));

        await CallOffAsync(shift, told: 1);

        // Checked before time moves on: afterwards every job would have run and be gone anyway.
        pending = await _world.Jobs.DueAsync(Local(12, 31, 0), 100, CancellationToken.None);
        Assert.DoesNotContain(pending, j => j.Id.StartsWith(ShiftJobs.ReminderPrefix(signup.Id), StringComparison.Ordinal) || j.Id.StartsWith(ShiftJobs.AlertPrefix("cafe"), StringComparison.Ordinal));
        await _world.AdvanceToAsync(Local(11, 26, 16));
        Assert.Equal([T("en", "volunteers.shift_called_off", ("shift", Format.Describe(shift, "en")))], _world.Messenger.TextsTo(1));
        Assert.Equal([T("de", "volunteers.staff_called_off", ("shift", Format.Describe(shift, "de")), ("signed", "1"))], _world.StaffChats.Coordinators.Select(m => m.Text));
    }

    [Fact]
    public async Task Called_off_shift_is_not_offered_any_more()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10), needed: 2);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        Assert.Contains(await _world.Board.OpenShiftsForAsync(1, CancellationToken.None), s => s.Id == "cafe");

        var staff = await CallOffAsync(shift, told: 0);

        Assert.DoesNotContain(await _world.Board.OpenShiftsForAsync(1, CancellationToken.None), s => s.Id == "cafe");
        await amina.SendAsync("/volunteer");
        await amina.PressAsync(T("de", "volunteers.menu_open"));
        Assert.DoesNotContain(Format.Label(shift, "de"), amina.ButtonLabels);
        Assert.Equal(SignUpOutcome.Gone, (await _world.Board.SignUpAsync(1, "cafe", CancellationToken.None)).Outcome);
        await amina.SendAsync("/shift-take cafe");
        Assert.Equal(T("de", "volunteers.gone"), amina.LastTexts[0]);
        var reply = await _world.InCoordinatorsChatAsync(StaffId, "/offer-shift cafe");
        Assert.Equal(T("de", "volunteers.staff_offer_gone"), reply!.Text);
        await staff.SendAsync("/cancelshift");
        Assert.DoesNotContain(Format.Label(shift, "de", withTitle: true), staff.ButtonLabels);
    }

    [Fact]
    public async Task Shift_content_read_again_does_not_bring_a_called_off_shift_back()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10));
        await CallOffAsync(shift, told: 0);

        await _world.Board.SaveShiftAsync(shift with { Start = Local(11, 30, 11), End = Local(11, 30, 13) }, CancellationToken.None);

        Assert.True((await _world.Shifts.GetAsync("cafe", CancellationToken.None))!.IsCancelled);
        Assert.DoesNotContain(await _world.Jobs.DueAsync(Local(12, 31, 0), 100, CancellationToken.None), j => j.Id.StartsWith(ShiftJobs.AlertPrefix("cafe"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saying_no_keeps_the_shift()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10));
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        var staff = await _world.StaffAsync();

        await staff.SendAsync("/cancelshift");
        await staff.PressAsync(Format.Label(shift, "de", withTitle: true));
        await staff.PressAsync(T("de", "dialog.no"));

        Assert.Equal(T("de", "volunteers.calloff_kept"), staff.LastTexts[0]);
        Assert.False((await _world.Shifts.GetAsync("cafe", CancellationToken.None))!.IsCancelled);
        Assert.Empty(_world.Messenger.To(1));
    }

    [Fact]
    public async Task Volunteer_cannot_call_off_a_shift()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10));
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await amina.SendAsync("/cancelshift");

        Assert.Equal(T("de", "volunteers.staff_only"), amina.LastTexts[0]);
        Assert.DoesNotContain(Format.Label(shift, "de", withTitle: true), amina.ButtonLabels);
        Assert.False((await _world.Shifts.GetAsync("cafe", CancellationToken.None))!.IsCancelled);
        Assert.Empty(_world.Messenger.To(1));
    }

    /// <summary>The staff member's whole conversation: command, shift button, yes.</summary>
    private async Task<Participant> CallOffAsync(Shift shift, int told)
    {
        var staff = await _world.StaffAsync();
        await staff.SendAsync("/cancelshift");
        await staff.PressAsync(Format.Label(shift, "de", withTitle: true));
        await staff.PressAsync(T("de", "dialog.yes"));
        Assert.Equal(T("de", "volunteers.calloff_done", ("count", told.ToString(CultureInfo.InvariantCulture))), staff.LastTexts[0]);
        return staff;
    }
}
