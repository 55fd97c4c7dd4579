using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Flows;

public sealed class MyAppointmentsFlowTests
{
    [Fact]
    public async Task My_appointments_lists_workshops_waiting_places_and_counselling_in_date_order()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 7), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 8), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 1), CancellationToken.None);
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None);
        var amina = await world.ParticipantAsync(1);

        await amina.PressAsync(amina.T("menu.appointments"));

        Assert.Equal(
            amina.T("appointments.list", ("items", string.Join("\n",
                "💬 Counselling (de) – Mi, 25. Nov., 10:00–10:45",
                "⏳ Sewing circle (de) – Do, 26. Nov., 10:00–12:00 (Warteliste, Platz 1)",
                "🎨 Sewing circle (de) – Fr, 27. Nov., 18:00–20:00"))),
            amina.LastTexts[0]);
        Assert.Equal(
            [
                "❌ Mi 25.11. · Counselling…",
                "❌ Do 26.11. · Sewing circle…",
                "❌ Fr 27.11. · Sewing circle…",
                amina.T("appointments.book"),
                amina.T("appointments.find_workshop"),
                amina.T("appointments.back"),
            ],
            amina.ButtonLabels);
    }

    [Fact]
    public async Task Cancel_button_asks_once_and_then_frees_the_place_for_the_waiting_list()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.appointments"));

        await amina.PressAsync("❌ Do 26.11. · Sewing circle…");
        Assert.Equal(amina.T("appointments.confirm_cancel", ("item_title", "Sewing circle (de), Donnerstag, 26. November 2026")), amina.LastTexts.Single());
        await amina.PressAsync(amina.T("dialog.yes"));
        await world.RunDueJobsAsync();

        Assert.Equal([amina.T("appointments.cancelled"), amina.T("menu.prompt")], amina.LastTexts);
        Assert.Equal(RegistrationStatus.Cancelled, (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single().Status);
        Assert.Single(world.Messenger.To(3));
    }

    [Fact]
    public async Task Saying_no_keeps_the_appointment()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.appointments"));
        await amina.PressAsync("❌ Do 26.11. · Sewing circle…");

        await amina.PressAsync(amina.T("dialog.no"));

        Assert.Equal([amina.T("appointments.kept"), amina.T("menu.prompt")], amina.LastTexts);
        Assert.Equal(RegistrationStatus.Confirmed, (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single().Status);
    }

    [Fact]
    public async Task Without_appointments_the_list_says_so_and_offers_to_book()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");

        await amina.PressAsync(amina.T("menu.appointments"));

        Assert.Equal([amina.T("appointments.none"), amina.T("appointments.what_next")], amina.LastTexts);
        Assert.Equal([amina.T("appointments.book"), amina.T("appointments.find_workshop"), amina.T("appointments.back")], amina.ButtonLabels);
    }

    [Fact]
    public async Task Past_dates_are_not_listed()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        var amina = await world.ParticipantAsync(1);
        world.Clock.SetUtcNow(world.Session("sewing-circle", "thursday").Session.End);

        await amina.PressAsync(amina.T("menu.appointments"));

        Assert.Equal(amina.T("appointments.none"), amina.LastTexts[0]);
    }
}
