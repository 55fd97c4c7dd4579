using Assistant.Workshops.Appointments;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Appointments;

public sealed class AppointmentBookingFlowTests
{
    [Fact]
    public async Task Booking_counselling_in_a_spoken_language_ends_with_a_confirmation_and_calendar_file()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "ar");
        await amina.PressAsync(amina.T("menu.appointments"));
        await amina.PressAsync(amina.T("appointments.book"));
        Assert.StartsWith("💬 Counselling (ar)", Assistant.Core.Dialogs.InputValidator.StripInvisible(amina.LastTexts[0]), StringComparison.Ordinal);
        Assert.Equal(amina.T("appointments.choose_slot"), amina.LastTexts[1]);

        await amina.PressAsync(amina.ButtonLabels[0]);
        Assert.Equal(["Deutsch", "العربية", amina.T("appointments.other_language")], amina.ButtonLabels);
        await amina.PressAsync("العربية");
        await amina.SendAsync("أمينة حداد");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.PressAsync(amina.T("dialog.yes"));

        Assert.StartsWith("✅", Assistant.Core.Dialogs.InputValidator.StripInvisible(amina.LastTexts[0]), StringComparison.Ordinal);
        Assert.Equal("text/calendar", amina.Last.Replies[0].File!.MimeType);
        var booked = (await world.Appointments.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("أمينة حداد", "ar", (string?)null), (booked.Name, booked.Language, booked.InterpreterLanguage));
        Assert.DoesNotContain(await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None), s => s.Id == booked.SlotId);
    }

    [Fact]
    public async Task Another_language_means_counselling_in_German_with_an_interpreter()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "fa");
        await amina.PressAsync(amina.T("menu.appointments"));
        await amina.PressAsync(amina.T("appointments.book"));
        await amina.PressAsync(amina.ButtonLabels[0]);

        await amina.PressAsync(amina.T("appointments.other_language"));
        await amina.SendAsync("Dari");
        await amina.SendAsync("Amina");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));
        Assert.Contains(amina.T("workshops.summary_interpreter", ("language", "Dari")), amina.LastTexts.Single(), StringComparison.Ordinal);
        await amina.PressAsync(amina.T("dialog.yes"));

        var booked = (await world.Appointments.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("de", "Dari"), (booked.Language, booked.InterpreterLanguage));
    }

    [Fact]
    public async Task Time_taken_by_someone_else_meanwhile_asks_only_for_another_time()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.appointments"));
        await amina.PressAsync(amina.T("appointments.book"));
        await amina.PressAsync(amina.ButtonLabels[0]);
        await amina.PressAsync("Deutsch");
        await amina.SendAsync("Amina");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));
        var first = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        await world.Appointments.BookAsync(new AppointmentRequest(first.Id, 2, "Someone", null, "de", null), CancellationToken.None);

        await amina.PressAsync(amina.T("dialog.yes"));

        Assert.Equal([amina.T("appointments.slot_taken"), amina.T("appointments.choose_slot")], amina.LastTexts);
        Assert.Single(amina.ButtonLabels);

        // Every other answer stands: the summary comes again with the new time.
        await amina.PressAsync(amina.ButtonLabels[0]);
        Assert.Contains(amina.T("workshops.summary_name", ("name", "Amina")), amina.LastTexts.Single(), StringComparison.Ordinal);
        await amina.PressAsync(amina.T("dialog.yes"));
        Assert.Equal("Amina", (await world.Appointments.ForUserAsync(1, CancellationToken.None)).Single().Name);
    }

    [Fact]
    public async Task I_cannot_come_under_an_appointment_reminder_frees_the_slot()
    {
        using var world = new WorkshopWorld();
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        var appointment = (await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None)).Appointment!;
        var amina = await world.ParticipantAsync(1);
        // Booked less than a day ahead: only the 2-hour reminder is still to come.
        await world.AdvanceToAsync(slot.Start.AddHours(-2));
        Assert.StartsWith("⏰", Assert.Single(amina.Inbox).Text, StringComparison.Ordinal);

        await amina.PressInInboxAsync(amina.T("reminders.cannot_attend"));

        Assert.Equal(amina.T("reminders.appointment_cancelled"), amina.LastTexts[0]);
        Assert.Equal(AppointmentStatus.Cancelled, (await world.Appointments.GetAsync(appointment.Id, CancellationToken.None))!.Status);
        Assert.Contains(await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None), s => s.Id == slot.Id);
    }
}
