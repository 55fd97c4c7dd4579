using Assistant.Core.Conversations;
using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Reminders;

/// <summary>Reminders the day before and 2 hours before, with "I'll be there" and "I can't", on a fake clock.</summary>
public sealed class ReminderTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Reminders_come_the_day_before_and_two_hours_before_with_both_buttons()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 1);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"], language: "ar");
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await _world.AdvanceToAsync(Local(11, 25, 14, 59));
        Assert.Empty(_world.Messenger.To(1));

        await _world.AdvanceToAsync(Local(11, 25, 15));
        var dayBefore = Assert.Single(_world.Messenger.To(1));
        Assert.StartsWith("⏰ ", Assistant.Core.Dialogs.InputValidator.StripInvisible(dayBefore.Text), StringComparison.Ordinal);
        Assert.Contains("الخميس", dayBefore.Text, StringComparison.Ordinal);
        Assert.Equal(TextDirection.RightToLeft, dayBefore.Direction);
        Assert.Equal([T("ar", "volunteers.will_come"), T("ar", "volunteers.cant_come")], dayBefore.Buttons.SelectMany(r => r).Select(b => b.Label));

        await _world.AdvanceToAsync(Local(11, 26, 13));
        Assert.Equal(2, _world.Messenger.To(1).Count);
        await _world.AdvanceToAsync(Local(11, 26, 16));
        Assert.Equal(2, _world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task I_will_be_there_confirms_and_the_next_reminder_only_offers_I_cant()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 25, 15));

        await amina.PressAsync(_world.Messenger.To(1)[0], T("de", "volunteers.will_come"));

        Assert.Equal(T("de", "volunteers.attend_thanks"), amina.LastTexts[0]);
        Assert.NotNull((await _world.Signups.ForUserAsync(1, CancellationToken.None)).Single().ConfirmedAt);
        await _world.AdvanceToAsync(Local(11, 26, 13));
        var second = _world.Messenger.To(1)[1];
        Assert.Equal(T("de", "volunteers.reminder_confirmed", ("shift", _world.Get<ShiftFormatter>().Describe(shift, "de"))), second.Text);
        Assert.Equal([T("de", "volunteers.cant_come")], second.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public async Task I_cant_after_the_cutoff_frees_the_place_stops_reminders_and_tells_the_coordinators()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 25, 15, 30));

        await amina.PressAsync(_world.Messenger.To(1)[0], T("de", "volunteers.cant_come"));
        Assert.StartsWith("Sprachcafé: Sprachcafé: Gastgeberin", amina.LastTexts[0], StringComparison.Ordinal);
        await amina.PressAsync(T("de", "dialog.yes"));

        // The reminder was pushed over the main menu: the menu is asked again afterwards.
        Assert.Equal([T("de", "volunteers.cant_come_done"), T("de", "menu.prompt")], amina.LastTexts);
        Assert.Equal(0, await _world.Board.ActiveCountAsync(shift.Id, CancellationToken.None));
        var notice = Assert.Single(_world.StaffChats.Coordinators);
        Assert.StartsWith("❗ Amina hat kurzfristig abgesagt:", notice.Text, StringComparison.Ordinal);
        await _world.AdvanceToAsync(Local(11, 26, 14));
        Assert.Single(_world.Messenger.To(1));
    }

    [Fact]
    public async Task Saying_no_to_I_cant_keeps_the_place()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 25, 15));

        await amina.PressAsync(_world.Messenger.To(1)[0], T("de", "volunteers.cant_come"));
        await amina.PressAsync(T("de", "dialog.no"));

        Assert.Equal(T("de", "volunteers.kept"), amina.LastTexts[0]);
        Assert.Equal(1, await _world.Board.ActiveCountAsync(shift.Id, CancellationToken.None));
        Assert.Empty(_world.StaffChats.Coordinators);
    }

    [Fact]
    public async Task Reminder_due_in_the_night_waits_for_the_morning()
    {
        // 2 hours before 9:00 is 7:00, inside the quiet hours until 8:00; 8:00 is still before the start.
        var shift = await _world.ShiftAsync("workshop", Local(11, 26, 9), needed: 1, kind: "workshop");
        await _world.VolunteerAsync(1, "Amina", ["de"], ["workshop"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 25, 9));
        Assert.Single(_world.Messenger.To(1));

        await _world.AdvanceToAsync(Local(11, 26, 7));
        Assert.Single(_world.Messenger.To(1));

        await _world.AdvanceToAsync(Local(11, 26, 8));
        Assert.Equal(2, _world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task Reminder_the_morning_would_make_useless_comes_the_evening_before()
    {
        // 2 hours before 7:45 at the foreigners' office is 5:45; waiting for 8:00 would be after the start.
        var shift = await _world.ShiftAsync("office", Local(11, 26, 7, 45), needed: 1, kind: "accompaniment");
        await _world.VolunteerAsync(1, "Amina", ["de"], ["accompaniment"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await _world.AdvanceToAsync(Local(11, 25, 8));
        Assert.Single(_world.Messenger.To(1));
        await _world.AdvanceToAsync(Local(11, 25, 19, 59));
        Assert.Single(_world.Messenger.To(1));
        await _world.AdvanceToAsync(Local(11, 25, 20));
        Assert.Equal(2, _world.Messenger.To(1).Count);

        await _world.AdvanceToAsync(Local(11, 26, 7));
        Assert.Equal(2, _world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task Signing_up_late_skips_reminders_whose_time_has_passed()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 24, 17), needed: 1);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);

        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);
        await _world.RunDueJobsAsync();

        Assert.Empty(_world.Messenger.To(1));
        await _world.AdvanceToAsync(Local(11, 24, 15));
        Assert.Single(_world.Messenger.To(1));
    }

    [Fact]
    public async Task Configured_reminder_times_replace_the_default_ones()
    {
        using var world = new VolunteerWorld(new Dictionary<string, string?> { ["Volunteers:Reminders:0"] = "03:00:00" });
        var shift = await world.ShiftAsync("cafe", Local(11, 26, 15), needed: 1);
        await world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await world.AdvanceToAsync(Local(11, 26, 11, 59));
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Local(11, 26, 12));
        Assert.Single(world.Messenger.To(1));
    }

    [Fact]
    public async Task Cancelled_sign_up_gets_no_reminder()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 27, 15), needed: 1);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        var signup = (await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None)).Signup!;

        await _world.Board.CancelAsync(1, signup.Id, allowLate: false, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 27, 14));

        Assert.Empty(_world.Messenger.To(1));
    }

    [Theory]
    [InlineData("/shift-cancel {other}")]
    [InlineData("/shift-cancel 0000000000000000")]
    [InlineData("/shift-cancel")]
    [InlineData("/shift-attend {other}")]
    [InlineData("/shift-attend {cancelled}")]
    [InlineData("/shift-cancel {cancelled}")]
    public async Task Forged_foreign_or_old_reminder_buttons_change_nothing(string payload)
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 27, 15), needed: 3);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.VolunteerAsync(2, "Olena", ["de"], ["language_cafe"]);
        var own = (await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None)).Signup!;
        var other = (await _world.Board.SignUpAsync(2, shift.Id, CancellationToken.None)).Signup!;
        await _world.Board.CancelAsync(1, own.Id, allowLate: false, CancellationToken.None);
        var again = (await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None)).Signup!;

        await amina.PressPayloadAsync(payload.Replace("{other}", other.Id, StringComparison.Ordinal).Replace("{cancelled}", own.Id, StringComparison.Ordinal));

        Assert.Equal(T("de", "volunteers.button_invalid"), amina.LastTexts[0]);
        var signups = await _world.Signups.ForShiftAsync(shift.Id, CancellationToken.None);
        Assert.Equal(2, signups.Count(s => s.IsActive));
        Assert.All(signups, s => Assert.Null(s.ConfirmedAt));
        Assert.Contains(signups, s => s.Id == again.Id && s.IsActive);
    }
}
