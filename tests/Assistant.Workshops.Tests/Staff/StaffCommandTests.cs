using System.Text;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Staff;

public sealed class StaffCommandTests
{
    [Theory]
    [InlineData("/registrations")]
    [InlineData("/slots")]
    [InlineData("/book_for")]
    public async Task Staff_commands_are_refused_politely_to_everyone_else(string command)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1);

        await amina.SendAsync(command);

        Assert.Equal([amina.T("workshop_staff.not_allowed"), amina.T("menu.prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task Staff_see_a_sessions_list_with_the_waiting_list_and_get_it_as_csv()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1, "Amina") with { Phone = "+491712345678", Needs = new RegistrationNeeds { Childcare = true, ChildrenAges = "2, 5" } }, CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2, "=HYPERLINK(\"x\")"), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3, "Fatima") with { Needs = new RegistrationNeeds { InterpreterLanguage = "ar" } }, CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 4, "Olena"), CancellationToken.None);
        var staff = await world.ParticipantAsync(WorkshopWorld.StaffUserId);

        await staff.SendAsync("/registrations");
        Assert.Equal(staff.T("workshop_staff.choose_workshop"), staff.LastTexts.Single());
        await staff.PressAsync("Sewing circle (de)");
        Assert.Contains("Do 26.11. 10:00 · 2/2 +2", staff.ButtonLabels);
        await staff.PressAsync("Do 26.11. 10:00 · 2/2 +2");

        var list = staff.Last.Replies[0];
        Assert.Equal(
            staff.T("workshop_staff.list",
                ("title", "Sewing circle (de)"), ("date", "Donnerstag, 26. November 2026"), ("time", "10:00–12:00"), ("taken", "2"), ("capacity", "2"),
                ("lines", string.Join("\n",
                    staff.T("workshop_staff.heading_confirmed"),
                    "1. Amina · 📞 +491712345678 · 👶 2, 5",
                    "2. =HYPERLINK(\"x\")",
                    "",
                    staff.T("workshop_staff.heading_waiting"),
                    "1. Fatima · 🗣️ ar",
                    "2. Olena"))),
            list.Text);
        Assert.Equal(("sewing-circle-thursday.csv", "text/csv"), (list.File!.FileName, list.File.MimeType));
        var csv = Encoding.UTF8.GetString(list.File.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("status;position;name;phone;language;childcare", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("Confirmed;;Amina;+491712345678;de;yes;2, 5;", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("Confirmed;;\"'=HYPERLINK(\"\"x\"\")\";", csv[2], StringComparison.Ordinal);
        Assert.StartsWith("Waiting;1;Fatima;", csv[3], StringComparison.Ordinal);
        Assert.StartsWith("Waiting;2;Olena;", csv[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_offer_another_counselling_time_in_local_time()
    {
        using var world = new WorkshopWorld();
        var staff = await world.ParticipantAsync(WorkshopWorld.StaffUserId);

        await staff.SendAsync("/slots");
        await staff.PressAsync("Counselling (de)");
        Assert.StartsWith(staff.T("workshop_staff.free_slots", ("slots", "")), staff.LastTexts[0], StringComparison.Ordinal);
        await staff.SendAsync("15.12.2026");
        await staff.SendAsync("14:30");

        Assert.Equal(staff.T("workshop_staff.slot_added", ("date", "Dienstag, 15. Dezember 2026"), ("time", "14:30")), staff.LastTexts[0]);
        Assert.Contains(await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None), s => s.Start == new DateTimeOffset(2026, 12, 15, 13, 30, 0, TimeSpan.Zero));

        await staff.SendAsync("/slots");
        await staff.PressAsync("Counselling (de)");
        await staff.SendAsync("15.12.2026");
        await staff.SendAsync("14.30");
        Assert.Equal(staff.T("workshop_staff.slot_exists", ("date", "Dienstag, 15. Dezember 2026"), ("time", "14:30")), staff.LastTexts[0]);
    }

    [Fact]
    public async Task Staff_record_an_appointment_and_the_participant_gets_it_outside_quiet_hours()
    {
        using var world = new WorkshopWorld(now: Reminders.ReminderTimingTests.Utc(2026, 11, 24, 21, 0));
        await world.ParticipantAsync(1, "uk");
        var staff = await world.ParticipantAsync(WorkshopWorld.StaffUserId);

        await staff.SendAsync("/book_for");
        await staff.PressAsync("Counselling (de)");
        await staff.PressAsync(staff.ButtonLabels[0]);
        await staff.SendAsync("Olena Kovalenko");
        await staff.PressAsync(staff.T("dialog.yes"));
        await staff.SendAsync("1");
        await staff.PressAsync("Українська");
        await staff.PressAsync(staff.T("dialog.yes"));
        Assert.Contains(staff.T("workshop_staff.summary_user", ("user", "1")), staff.LastTexts.Single(), StringComparison.Ordinal);
        await staff.PressAsync(staff.T("dialog.yes"));

        Assert.Equal(staff.T("workshop_staff.booked_notified"), staff.LastTexts[0]);
        var booked = (await world.Appointments.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("Olena Kovalenko", "de", "uk", (long?)WorkshopWorld.StaffUserId), (booked.Name, booked.Language, booked.InterpreterLanguage, booked.BookedBy));

        // 22:00 in Berlin: the message waits for the morning.
        await world.RunDueJobsAsync();
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Reminders.ReminderTimingTests.Utc(2026, 11, 25, 7, 0));
        var notice = Assert.Single(world.Messenger.To(1));
        Assert.StartsWith("📅 Наша команда", notice.Text, StringComparison.Ordinal);
        Assert.NotNull(notice.File);
    }

    [Fact]
    public async Task Unknown_user_number_records_the_appointment_without_messages()
    {
        using var world = new WorkshopWorld();
        var staff = await world.ParticipantAsync(WorkshopWorld.StaffUserId);

        await staff.SendAsync("/book_for");
        await staff.PressAsync("Counselling (de)");
        await staff.PressAsync(staff.ButtonLabels[0]);
        await staff.SendAsync("Walk-in");
        await staff.PressAsync(staff.T("dialog.yes"));
        await staff.SendAsync("424242");
        Assert.Equal(staff.T("workshop_staff.unknown_user"), staff.LastTexts[0]);
        await staff.PressAsync("Deutsch");
        await staff.PressAsync(staff.T("dialog.no"));
        await staff.PressAsync(staff.T("dialog.yes"));

        Assert.Equal(staff.T("workshop_staff.booked"), staff.LastTexts[0]);
        Assert.Empty(await world.Appointments.ForUserAsync(424242, CancellationToken.None));
        Assert.Single(await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None));
    }
}
