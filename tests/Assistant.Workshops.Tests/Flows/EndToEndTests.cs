using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;
using static Assistant.Workshops.Tests.Reminders.ReminderTimingTests;

namespace Assistant.Workshops.Tests.Flows;

/// <summary>
/// The whole path at the engine level, with the real flows and texts, a fake clock and the outbound
/// messages recorded: register, get the reminder, press "I can't come", and the next person on the
/// waiting list gets the offer and takes the place.
/// </summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Cannot_come_under_the_reminder_passes_the_place_to_the_next_on_the_waiting_list()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        var amina = await world.ParticipantAsync(1, "de");
        var fatima = await world.ParticipantAsync(3, "ar");

        await RegisterAsync(amina);
        Assert.StartsWith("✅", Assistant.Core.Dialogs.InputValidator.StripInvisible(amina.LastTexts[0]), StringComparison.Ordinal);
        await RegisterAsync(fatima);
        var (workshop, session) = world.Session("sewing-circle", "thursday");
        Assert.Equal(world.Messages.Waiting(workshop, session, 1, "ar").Text, fatima.LastTexts[0]);
        Assert.Equal(RegistrationStatus.Waiting, (await world.Registrations.ForUserAsync(3, CancellationToken.None)).Single().Status);

        // Wednesday 10:00, a day before: the reminder comes.
        await world.AdvanceToAsync(Utc(2026, 11, 25, 9, 0));
        var reminder = Assert.Single(amina.Inbox);
        Assert.StartsWith("⏰", reminder.Text, StringComparison.Ordinal);
        Assert.Empty(fatima.Inbox);

        await amina.PressInInboxAsync(amina.T("reminders.cannot_attend"));
        Assert.Equal([amina.T("reminders.cancelled"), amina.T("menu.prompt")], amina.LastTexts);

        await world.RunDueJobsAsync();
        var offer = Assert.Single(fatima.Inbox);
        Assert.Contains(fatima.T("waitlist.accept"), offer.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.Equal(Core.Conversations.TextDirection.RightToLeft, offer.Direction);

        await fatima.PressInInboxAsync(fatima.T("waitlist.accept"));
        Assert.StartsWith("✅", Assistant.Core.Dialogs.InputValidator.StripInvisible(fatima.LastTexts[0]), StringComparison.Ordinal);
        Assert.NotNull(fatima.Last.Replies[0].File);
        Assert.Equal(RegistrationStatus.Confirmed, (await world.Registrations.ForUserAsync(3, CancellationToken.None)).Single().Status);

        // Fatima now gets her own reminder two hours before.
        await world.AdvanceToAsync(Utc(2026, 11, 26, 7, 0));
        Assert.Equal(2, fatima.Inbox.Count);
        Assert.Single(amina.Inbox);
    }

    private static async Task RegisterAsync(Participant participant)
    {
        await participant.PressAsync(participant.T("menu.workshops"));
        await participant.PressAsync($"Sewing circle ({participant.Language})");
        await participant.PressStartingWithAsync(participant.ButtonLabels[0]);
        await WorkshopRegistrationFlowTests.RegisterWithoutExtrasAsync(participant);
    }
}
