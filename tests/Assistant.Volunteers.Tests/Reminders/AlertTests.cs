using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Reminders;

/// <summary>A shift still short of people 48 hours before raises an alert; its button offers the shift to the volunteers who fit.</summary>
public sealed class AlertTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Shift_short_of_people_48_hours_before_alerts_the_coordinators_with_an_offer_button()
    {
        var shift = await _world.ShiftAsync("interpret", Local(11, 30, 10), needed: 2, kind: "interpreting", language: "ar");
        await _world.VolunteerAsync(1, "Amina", ["ar"], ["interpreting"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await _world.AdvanceToAsync(Local(11, 28, 9, 59));
        Assert.Empty(_world.StaffChats.Coordinators);

        await _world.AdvanceToAsync(Local(11, 28, 10));
        var alert = Assert.Single(_world.StaffChats.Coordinators);
        Assert.StartsWith("⚠️ Zu wenige Leute für diesen Einsatz:\nDolmetschen: ", alert.Text, StringComparison.Ordinal);
        Assert.Contains("🗣 Sprache: Arabisch", alert.Text, StringComparison.Ordinal);
        Assert.EndsWith("Angemeldet: 1 von 2.", alert.Text, StringComparison.Ordinal);
        var button = Assert.Single(alert.Buttons.SelectMany(r => r));
        Assert.Equal((T("de", "volunteers.staff_offer_button"), "/offer-shift interpret"), (button.Label, button.Payload));
    }

    [Fact]
    public async Task Full_shift_raises_no_alert()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10), needed: 1);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await _world.AdvanceToAsync(Local(11, 30, 9));

        Assert.Empty(_world.StaffChats.Coordinators);
    }

    [Fact]
    public async Task Alert_comes_as_many_hours_before_as_configured()
    {
        using var world = new VolunteerWorld(new Dictionary<string, string?> { ["Volunteers:ShortStaffedAlertHours"] = "24" });
        await world.ShiftAsync("cafe", Local(11, 30, 10), needed: 1);

        await world.AdvanceToAsync(Local(11, 29, 9, 59));
        Assert.Empty(world.StaffChats.Coordinators);
        await world.AdvanceToAsync(Local(11, 29, 10));
        Assert.Single(world.StaffChats.Coordinators);
    }

    [Fact]
    public async Task Shift_created_inside_the_window_is_checked_at_once_but_not_at_night()
    {
        await _world.AdvanceToAsync(Local(11, 24, 22));
        await _world.ShiftAsync("cafe", Local(11, 25, 17), needed: 1);

        await _world.RunDueJobsAsync();
        Assert.Empty(_world.StaffChats.Coordinators);

        await _world.AdvanceToAsync(Local(11, 25, 8));
        Assert.Single(_world.StaffChats.Coordinators);
    }

    [Fact]
    public async Task Offer_button_sends_the_shift_to_fitting_volunteers_once_and_answers_in_the_staff_chat()
    {
        var shift = await _world.ShiftAsync("interpret", Local(11, 30, 10), needed: 2, kind: "interpreting", language: "ar");
        await _world.StaffAsync();
        await _world.VolunteerAsync(1, "Amina", ["de", "ar"], ["interpreting"], language: "ar");
        await _world.VolunteerAsync(2, "Layla", ["ar"], ["interpreting", "event"], language: "en");
        await _world.VolunteerAsync(3, "Olena", ["uk"], ["interpreting"]);
        await _world.VolunteerAsync(4, "Murat", ["ar", "tr"], ["language_cafe"]);
        await _world.VolunteerAsync(5, "Samira", ["ar"], ["interpreting"]);
        await _world.Board.SignUpAsync(5, shift.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 28, 10));
        var payload = _world.StaffChats.Coordinators[0].Buttons[0][0].Payload;

        var reply = await _world.InCoordinatorsChatAsync(StaffId, payload);

        Assert.Equal(T("de", "volunteers.staff_offered", ("count", "2")), reply!.Text);
        Assert.Equal([1L, 2L], _world.Messenger.Recipients.Order());
        var offer = _world.Messenger.To(2).Single();
        Assert.StartsWith("🙋 Can you help? This shift still needs 1 person:\nInterpreting: ", offer.Text, StringComparison.Ordinal);
        Assert.Equal("/shift-take interpret", offer.Buttons[0][0].Payload);

        var again = await _world.InCoordinatorsChatAsync(StaffId, payload);
        Assert.Equal(T("de", "volunteers.staff_offered_none"), again!.Text);
        Assert.Equal(2, _world.Messenger.Count);
    }

    [Fact]
    public async Task Taking_an_offered_shift_signs_up_and_tells_the_coordinators_it_is_full()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 30, 10), needed: 1);
        await _world.StaffAsync();
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        var olena = await _world.VolunteerAsync(2, "Olena", ["de"], ["language_cafe"]);
        await _world.AdvanceToAsync(Local(11, 28, 10));
        await _world.InCoordinatorsChatAsync(StaffId, "/offer-shift cafe");

        await amina.PressAsync(_world.Messenger.To(1)[0], T("de", "volunteers.take"));
        Assert.EndsWith(T("de", "volunteers.take_confirm", ("shift", "")).TrimStart('\n'), amina.LastTexts[0], StringComparison.Ordinal);
        await amina.PressAsync(T("de", "dialog.yes"));
        Assert.Equal(T("de", "volunteers.signed_up"), amina.LastTexts[0]);

        Assert.StartsWith("✅ Dieser Einsatz ist jetzt voll:", _world.StaffChats.Coordinators[^1].Text, StringComparison.Ordinal);
        await olena.PressAsync(_world.Messenger.To(2)[0], T("de", "volunteers.take"));
        Assert.Equal(T("de", "volunteers.full"), olena.LastTexts[0]);
        var reply = await _world.InCoordinatorsChatAsync(StaffId, "/offer-shift cafe");
        Assert.Equal(T("de", "volunteers.staff_offer_full"), reply!.Text);
    }

    [Theory]
    [InlineData("/offer-shift nosuchshift")]
    [InlineData("/offer-shift")]
    public async Task Offer_of_an_unknown_shift_says_so(string payload)
    {
        await _world.StaffAsync();

        var reply = await _world.InCoordinatorsChatAsync(StaffId, payload);

        Assert.Equal(T("de", "volunteers.staff_offer_gone"), reply!.Text);
        Assert.Equal(0, _world.Messenger.Count);
    }

    [Fact]
    public async Task Taking_a_shift_that_does_not_fit_or_has_started_changes_nothing()
    {
        await _world.ShiftAsync("interpret", Local(11, 30, 10), needed: 1, kind: "interpreting", language: "fa");
        await _world.ShiftAsync("soon", Local(11, 24, 12), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["ar"], ["interpreting", "language_cafe"]);
        await _world.AdvanceToAsync(Local(11, 24, 12, 30));

        await amina.PressPayloadAsync("/shift-take interpret");
        Assert.Equal(T("de", "volunteers.gone"), amina.LastTexts[0]);
        await amina.PressPayloadAsync("/shift-take soon");
        Assert.Equal(T("de", "volunteers.gone"), amina.LastTexts[0]);

        Assert.Empty(await _world.Signups.ForUserAsync(1, CancellationToken.None));
    }
}
