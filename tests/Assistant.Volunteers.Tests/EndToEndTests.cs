using System.Text.RegularExpressions;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests;

/// <summary>
/// The whole way of a shift through the engine with the real flows: invitation, joining through the
/// deep link, profile, a shift made by staff, sign-up, the short-staffed alert and its button in the
/// coordinators' chat, the offer, the reminder with "I can't", and someone else taking the place.
/// </summary>
public sealed partial class EndToEndTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Invite_join_sign_up_alert_offer_reminder_and_cancel()
    {
        // Staff invite Amina, who writes in Arabic.
        var staff = await _world.StaffAsync();
        await staff.SendAsync("/invite volunteer");
        var payload = InvitePayload().Match(staff.LastTexts[0]).Value;

        var amina = _world.Chat(1, "ar");
        await amina.SendAsync("/start " + payload);
        await amina.PressAsync(T("ar", "volunteers.join_agree"));
        await amina.SendAsync("أمينة");
        await amina.PressAsync("العربية");
        await amina.PressAsync("الألمانية");
        await amina.PressAsync(T("ar", "volunteers.done"));
        await amina.PressAsync("ترجمة شفهية");
        await amina.PressAsync(T("ar", "volunteers.done"));
        await amina.PressAsync(T("ar", "volunteers.reach_chat"));
        Assert.Equal([T("ar", "volunteers.profile_saved"), T("ar", "volunteers.menu_prompt")], amina.LastTexts);

        // Staff make a shift for two interpreters with Arabic.
        await staff.SendAsync("/shift");
        await staff.SendAsync("Offene Sprechstunde: Dolmetschen Arabisch");
        await staff.PressAsync("Dolmetschen");
        await staff.SendAsync("30.11.2026");
        await staff.SendAsync("10:00");
        await staff.SendAsync("12:00");
        await staff.SendAsync("Integrationsagentur, Brunnenstraße 12");
        await staff.SendAsync("2");
        await staff.PressAsync("Arabisch");
        await staff.PressAsync(T("de", "dialog.yes"));
        Assert.Equal(T("de", "volunteers.shift_created"), staff.LastTexts[0]);

        // Amina signs up; the shift still needs one more.
        await amina.PressAsync(T("ar", "volunteers.menu_open"));
        await amina.PressAsync(Assert.Single(amina.ButtonLabels, l => l.EndsWith("· ترجمة شفهية", StringComparison.Ordinal)));
        await amina.PressAsync(T("ar", "dialog.yes"));
        Assert.Equal(T("ar", "volunteers.signed_up"), amina.LastTexts[0]);
        var layla = await _world.VolunteerAsync(2, "Layla", ["ar"], ["interpreting"], language: "en");
        await _world.VolunteerAsync(3, "Olena", ["uk"], ["interpreting"]);

        // 48 hours before, the coordinators are alerted; their button offers the shift to Layla only.
        await _world.AdvanceToAsync(Local(11, 28, 10));
        var alert = Assert.Single(_world.StaffChats.Coordinators);
        Assert.EndsWith("Angemeldet: 1 von 2.", alert.Text, StringComparison.Ordinal);
        var reply = await _world.InCoordinatorsChatAsync(StaffId, alert.Buttons[0][0].Payload);
        Assert.Equal(T("de", "volunteers.staff_offered", ("count", "1")), reply!.Text);
        var offer = Assert.Single(_world.Messenger.To(2));
        Assert.Empty(_world.Messenger.To(3));

        // The day before, Amina is reminded and cannot come; the coordinators hear it at once.
        await _world.AdvanceToAsync(Local(11, 29, 10));
        var reminder = Assert.Single(_world.Messenger.To(1));
        Assert.Equal([T("ar", "volunteers.will_come"), T("ar", "volunteers.cant_come")], reminder.Buttons[0].Select(b => b.Label));
        _world.Clock.Advance(TimeSpan.FromMinutes(30));
        await amina.PressAsync(reminder, T("ar", "volunteers.cant_come"));
        await amina.PressAsync(T("ar", "dialog.yes"));
        Assert.Equal(T("ar", "volunteers.cant_come_done"), amina.LastTexts[0]);
        var cancelled = _world.StaffChats.Coordinators[^1];
        Assert.StartsWith("❗ أمينة hat kurzfristig abgesagt:", cancelled.Text, StringComparison.Ordinal);
        Assert.EndsWith("Angemeldet: 0 von 2.", cancelled.Text, StringComparison.Ordinal);
        Assert.Equal("/offer-shift " + Assert.Single(await _world.Board.UpcomingAsync(CancellationToken.None)).Id, cancelled.Buttons[0][0].Payload);

        // Layla takes the offered shift and is reminded 2 hours before; Amina is not.
        await layla.PressAsync(offer, T("en", "volunteers.take"));
        await layla.PressAsync(T("en", "dialog.yes"));
        Assert.Equal(T("en", "volunteers.signed_up"), layla.LastTexts[0]);
        await _world.AdvanceToAsync(Local(11, 30, 8));
        Assert.Equal(2, _world.Messenger.To(2).Count);
        Assert.Single(_world.Messenger.To(1));
    }

    [GeneratedRegex("v-[A-Za-z0-9_-]+")]
    private static partial Regex InvitePayload();
}
