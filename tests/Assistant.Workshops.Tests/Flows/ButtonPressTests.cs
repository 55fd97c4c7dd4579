using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Flows;

/// <summary>Reminder and offer buttons carry an id; only its owner's press while it is valid changes anything.</summary>
public sealed class ButtonPressTests
{
    [Theory]
    [InlineData("/cannot-attend {0}")]
    [InlineData("/attend {0}")]
    [InlineData("/accept-place {0}")]
    [InlineData("/decline-place {0}")]
    public async Task Someone_elses_button_changes_nothing_and_says_so(string command)
    {
        using var world = new WorkshopWorld();
        var amina = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None)).Registration!;
        var stranger = await world.ParticipantAsync(5);

        await stranger.PressPayloadAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, amina.Id));

        Assert.Equal(stranger.T("reminders.not_valid"), stranger.LastTexts[0]);
        var unchanged = await world.Registrations.GetAsync(amina.Id, CancellationToken.None);
        Assert.Equal((RegistrationStatus.Confirmed, (DateTimeOffset?)null), (unchanged!.Status, unchanged.AttendanceConfirmedAt));
    }

    [Theory]
    [InlineData("/cannot-attend w0000000000")]
    [InlineData("/attend")]
    [InlineData("/attend ../../etc")]
    [InlineData("/accept-place a123")]
    public async Task Forged_button_is_answered_kindly(string payload)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1);

        await amina.PressPayloadAsync(payload);

        Assert.Equal([amina.T("reminders.not_valid"), amina.T("menu.prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task I_will_come_is_noted_and_thanked()
    {
        using var world = new WorkshopWorld();
        var registration = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None)).Registration!;
        var amina = await world.ParticipantAsync(1);

        await amina.PressPayloadAsync("/attend " + registration.Id);

        Assert.Equal(amina.T("reminders.attend_thanks", ("date", "Donnerstag, 26. November 2026"), ("time", "10:00–12:00")), amina.LastTexts[0]);
        Assert.NotNull((await world.Registrations.GetAsync(registration.Id, CancellationToken.None))!.AttendanceConfirmedAt);
    }

    [Fact]
    public async Task Old_reminder_button_after_the_start_says_the_date_is_over()
    {
        using var world = new WorkshopWorld();
        var registration = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None)).Registration!;
        var amina = await world.ParticipantAsync(1);
        world.Clock.SetUtcNow(world.Session("sewing-circle", "thursday").Session.End);

        await amina.PressPayloadAsync("/cannot-attend " + registration.Id);

        Assert.Equal(amina.T("reminders.over"), amina.LastTexts[0]);
        Assert.Equal(RegistrationStatus.Confirmed, (await world.Registrations.GetAsync(registration.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Reminder_button_pressed_in_the_middle_of_a_question_brings_the_question_back()
    {
        using var world = new WorkshopWorld();
        var registration = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 1), CancellationToken.None)).Registration!;
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (de)");
        await amina.PressStartingWithAsync("Do 26.11.");
        Assert.Equal(amina.T("workshops.ask_name"), amina.LastTexts.Single());

        await amina.PressPayloadAsync("/attend " + registration.Id);

        Assert.Equal(amina.T("workshops.ask_name"), amina.LastTexts[^1]);
        await amina.SendAsync("Amina");
        Assert.Equal(amina.T("workshops.ask_phone_wanted"), amina.LastTexts.Single());
    }

    [Fact]
    public async Task Taking_an_offered_place_twice_says_the_place_is_already_hers()
    {
        using var world = new WorkshopWorld();
        var holder = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None)).Registration!;
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        var fatima = await world.ParticipantAsync(3);
        await world.Registrations.CancelAsync(holder.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();

        await fatima.PressInInboxAsync(fatima.T("waitlist.accept"));
        await fatima.PressInInboxAsync(fatima.T("waitlist.accept"));

        Assert.Equal(fatima.T("workshops.already_registered"), fatima.LastTexts[0]);
    }

    [Fact]
    public async Task Declining_an_offer_passes_it_on_at_once()
    {
        using var world = new WorkshopWorld();
        var holder = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None)).Registration!;
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 4), CancellationToken.None);
        var fatima = await world.ParticipantAsync(3);
        await world.Registrations.CancelAsync(holder.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();

        await fatima.PressInInboxAsync(fatima.T("waitlist.decline"));
        await world.RunDueJobsAsync();

        Assert.Equal(fatima.T("waitlist.declined"), fatima.LastTexts[0]);
        Assert.Single(world.Messenger.To(4));
    }
}
