using Assistant.Core.Scheduling;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Reminders;

/// <summary>When reminders go out. Times in the names are Berlin time; the asserts use UTC.</summary>
public sealed class ReminderTimingTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task Reminders_go_out_24_and_2_hours_before_with_come_and_cannot_come_buttons()
    {
        using var world = new WorkshopWorld();
        var registration = await RegisterAsync(world, "sewing-circle", "friday-evening", 1);

        await world.AdvanceToAsync(Utc(2026, 11, 26, 16, 59));
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 26, 17, 0));
        Assert.Single(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 27, 15, 0));

        var (workshop, session) = world.Session("sewing-circle", "friday-evening");
        var expected = world.Messages.Reminder(workshop, session, registration, "de");
        Assert.Equal([expected.Text, expected.Text], world.Messenger.To(1).Select(m => m.Text));
        Assert.Equal(
            [new("✅ Ich komme", "/attend " + registration.Id), new("❌ Ich kann nicht kommen", "/cannot-attend " + registration.Id)],
            world.Messenger.To(1)[0].Buttons.SelectMany(row => row));
    }

    [Fact]
    public async Task Reminder_24_hours_before_a_session_on_the_spring_clock_change_comes_at_the_same_local_time_the_day_before()
    {
        using var world = new WorkshopWorld(now: Utc(2027, 3, 20, 10, 0));
        var registration = await RegisterAsync(world, "clock-change", "spring", 1);

        // Sunday 28 March 2027, 10:00 summer time; Saturday 10:00 was still winter time.
        Assert.Equal(Utc(2027, 3, 27, 9, 0), await DueAtAsync(world, registration, "24h00"));
        Assert.Equal(Utc(2027, 3, 28, 6, 0), await DueAtAsync(world, registration, "2h00"));
        await world.AdvanceToAsync(Utc(2027, 3, 27, 8, 59));
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2027, 3, 27, 9, 0));
        Assert.Single(world.Messenger.To(1));
        Assert.Equal(10, Clock.ToLocal(world.Clock.GetUtcNow(), Berlin).Hour);
    }

    [Fact]
    public async Task Reminder_24_hours_before_a_session_on_the_autumn_clock_change_comes_at_the_same_local_time_the_day_before()
    {
        using var world = new WorkshopWorld(now: Utc(2027, 10, 20, 10, 0));
        var registration = await RegisterAsync(world, "clock-change", "autumn", 1);

        // Sunday 31 October 2027, 10:00 winter time; Saturday 10:00 was still summer time.
        Assert.Equal(Utc(2027, 10, 30, 8, 0), await DueAtAsync(world, registration, "24h00"));
        Assert.Equal(Utc(2027, 10, 31, 7, 0), await DueAtAsync(world, registration, "2h00"));
        await world.AdvanceToAsync(Utc(2027, 10, 31, 7, 0));
        Assert.Equal(2, world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task Reminder_due_in_the_night_waits_until_eight_in_the_morning()
    {
        using var world = new WorkshopWorld();
        await RegisterAsync(world, "early-bird", "half-past-eight", 1);

        // The 2-hour reminder is due at 06:30 for the 08:30 session; at 08:00 it is still useful.
        await world.AdvanceToAsync(Utc(2026, 11, 26, 6, 59), TimeSpan.FromMinutes(10));
        Assert.Single(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 26, 7, 0));
        Assert.Equal(2, world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task Reminder_that_waiting_for_the_morning_would_make_useless_is_sent_in_the_night()
    {
        using var world = new WorkshopWorld();
        await RegisterAsync(world, "early-bird", "half-past-seven", 1);

        // 24-hour reminder: due 07:30, held until 08:00 the day before. 2-hour reminder: due 05:30;
        // 08:00 would be after the 07:30 start, so it goes out at 05:30.
        await world.AdvanceToAsync(Utc(2026, 11, 26, 6, 59), TimeSpan.FromMinutes(10));
        Assert.Empty(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 26, 7, 0));
        Assert.Single(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 27, 4, 29), TimeSpan.FromMinutes(10));
        Assert.Single(world.Messenger.To(1));
        await world.AdvanceToAsync(Utc(2026, 11, 27, 4, 30));
        Assert.Equal(2, world.Messenger.To(1).Count);
    }

    [Fact]
    public async Task Reminder_missed_while_the_bot_was_down_is_sent_late_while_still_useful() =>
        // Down from Tuesday until Friday noon: the 24-hour reminder (Thursday 18:00) still helps.
        Assert.Single(await RemindersAfterDowntimeAsync(until: Utc(2026, 11, 27, 11, 0)));

    [Fact]
    public async Task Only_the_latest_missed_reminder_is_sent_after_a_long_downtime() =>
        Assert.Single(await RemindersAfterDowntimeAsync(until: Utc(2026, 11, 27, 16, 30)));

    [Fact]
    public async Task No_reminder_is_sent_once_the_session_has_started() =>
        Assert.Empty(await RemindersAfterDowntimeAsync(until: Utc(2026, 11, 27, 17, 5)));

    [Fact]
    public async Task Cancelled_registration_gets_no_reminder()
    {
        using var world = new WorkshopWorld();
        var registration = await RegisterAsync(world, "sewing-circle", "friday-evening", 1);

        await world.Registrations.CancelAsync(registration.Id, 1, CancellationToken.None);
        await world.AdvanceToAsync(Utc(2026, 11, 27, 17, 0), TimeSpan.FromHours(1));

        Assert.Empty(world.Messenger.To(1));
    }

    [Fact]
    public async Task Registering_shortly_before_sends_only_the_reminders_still_ahead()
    {
        using var world = new WorkshopWorld(now: Utc(2026, 11, 27, 10, 0));
        await RegisterAsync(world, "sewing-circle", "friday-evening", 1);

        await world.AdvanceToAsync(Utc(2026, 11, 27, 17, 0), TimeSpan.FromHours(1));

        Assert.Single(world.Messenger.To(1));
    }

    [Fact]
    public async Task Reminder_offsets_are_configured_per_kind()
    {
        using var world = new WorkshopWorld(new Dictionary<string, string?>
        {
            ["Workshops:Reminders:Workshop:0"] = "48:00:00",
            ["Workshops:Reminders:Appointment:0"] = "03:00:00",
        });
        var registration = await RegisterAsync(world, "sewing-circle", "friday-evening", 1);
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        var appointment = (await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None)).Appointment!;

        Assert.Equal(Utc(2026, 11, 25, 17, 0), await DueAtAsync(world, registration, "48h00"));
        Assert.Null(await world.Jobs.GetAsync($"workshop-reminder:{registration.Id}:2h00", CancellationToken.None));
        Assert.Equal(slot.Start.AddHours(-3), (await world.Jobs.GetAsync($"appointment-reminder:{appointment.Id}:3h00", CancellationToken.None))!.DueAt);
    }

    internal static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task<WorkshopRegistration> RegisterAsync(WorkshopWorld world, string workshop, string session, long user)
    {
        var result = await world.Registrations.RegisterAsync(world.Request(workshop, session, user), CancellationToken.None);
        Assert.Equal(RegisterOutcome.Confirmed, result.Outcome);
        return result.Registration!;
    }

    /// <summary>Someone registered for Friday evening; the bot is down from Tuesday until <paramref name="until"/>. What went out when it came back.</summary>
    private static async Task<IReadOnlyList<Core.Conversations.OutgoingMessage>> RemindersAfterDowntimeAsync(DateTimeOffset until)
    {
        using var world = new WorkshopWorld();
        await RegisterAsync(world, "sewing-circle", "friday-evening", 1);

        world.Clock.SetUtcNow(until);
        await world.RunDueJobsAsync();

        return world.Messenger.To(1);
    }

    private static async Task<DateTimeOffset> DueAtAsync(WorkshopWorld world, WorkshopRegistration registration, string offset) =>
        (await world.Jobs.GetAsync($"workshop-reminder:{registration.Id}:{offset}", CancellationToken.None))!.DueAt;
}
