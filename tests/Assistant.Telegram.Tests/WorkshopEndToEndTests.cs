using Assistant.Core.Scheduling;
using Assistant.Telegram.Fakes;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Issue #5, "done means", through the real TelegramBotClient against the fake Bot API: people register for a
/// workshop, get the reminder, one presses "I can't come", and the first on the waiting list is offered the place,
/// takes it and is reminded like the others. Time travels with <see cref="TravellingClock"/>; the session lies in
/// <c>WorkshopContent/</c>, two days after the clock's start.
/// </summary>
public sealed class WorkshopEndToEndTests
{
    private static readonly Person Olena = new(7101, "uk", "Olena", "Олена Коваль");
    private static readonly Person Amina = new(7102, "de", "Amina", "Amina Haddad");
    private static readonly Person Fatima = new(7103, "ar", "Fatima", "فاطمة الأحمد");

    private static readonly TimeSpan Berlin = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_place_given_back_under_the_reminder_goes_to_the_next_on_the_waiting_list_who_takes_it()
    {
        var clock = new TravellingClock(new DateTimeOffset(2026, 11, 24, 11, 0, 0, Berlin));
        await using var host = await StartAsync(Settings(), clock: clock);
        var fake = host.Fake;
        var (olena, amina, fatima) = (User(fake, Olena), User(fake, Amina), User(fake, Fatima));

        // Tuesday: two fill the two places, the third is put on the waiting list.
        await RegisterAsync(host, olena, Olena, T("uk", "workshops.places_free", ("count", "2")), "workshops.confirmed");
        await RegisterAsync(host, amina, Amina, T("de", "workshops.places_free", ("count", "1")), "workshops.confirmed");
        await RegisterAsync(host, fatima, Fatima, T("ar", "workshops.full"), "workshops.waiting");

        // Wednesday 10:00, a day before: the two with a place are reminded, the one waiting is not.
        var (olenaSoFar, aminaSoFar) = (olena.Received, amina.Received);
        Travel(host, clock, new DateTimeOffset(2026, 11, 25, 10, 0, 30, Berlin));
        var olenasReminder = await olena.ReceivesAsync(Text(host, Olena, "reminders.workshop"), after: olenaSoFar);
        await amina.ReceivesAsync(Text(host, Amina, "reminders.workshop"), after: aminaSoFar);
        Assert.Equal([T("uk", "reminders.attend"), T("uk", "reminders.cannot_attend")], olenasReminder.AllButtons.Select(b => b.Label));

        // Olena cannot come: her place is cancelled and offered to Fatima, in Arabic, until the session starts.
        var fatimaSoFar = fatima.Received;
        await olena.PressAsync(olenasReminder, T("uk", "reminders.cannot_attend"), T("uk", "reminders.cancelled"));
        var offer = await fatima.ReceivesAsync(Text(host, Fatima, "waitlist.offer", DeadlineAtStart(host, Fatima)), after: fatimaSoFar);
        Assert.Equal([T("ar", "waitlist.accept"), T("ar", "waitlist.decline")], offer.AllButtons.Select(b => b.Label));

        // Fatima takes it: confirmed, with the calendar file.
        var accepted = await fatima.PressAsync(offer, T("ar", "waitlist.accept"), Text(host, Fatima, "waitlist.accepted"));
        await fake.WaitUntilAsync(f => f.MessagesTo(Fatima.Id).Any(m => m.MessageId > accepted.MessageId && m.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true), what: "Fatima's calendar file");

        // Thursday 08:00, two hours before: Amina and now Fatima are reminded; Olena, who gave her place back, is not.
        (fatimaSoFar, aminaSoFar) = (fatima.Received, amina.Received);
        Travel(host, clock, new DateTimeOffset(2026, 11, 26, 8, 0, 30, Berlin));
        await fatima.ReceivesAsync(Text(host, Fatima, "reminders.workshop"), after: fatimaSoFar);
        await amina.ReceivesAsync(Text(host, Amina, "reminders.workshop"), after: aminaSoFar);
        await WhenRemindersRanAsync(host);

        Assert.Equal(1, Reminders(host, Olena));
        Assert.Equal(2, Reminders(host, Amina));
        Assert.Equal(1, Reminders(host, Fatima));
        Assert.DoesNotContain(fake.MessagesTo(Olena.Id).Concat(fake.MessagesTo(Amina.Id)), m => m.AllButtons.Any(b => b.Data.StartsWith("/accept-place", StringComparison.Ordinal)));
        Assert.Equal(
            [(Olena.Id, RegistrationStatus.Cancelled), (Amina.Id, RegistrationStatus.Confirmed), (Fatima.Id, RegistrationStatus.Confirmed)],
            (await RegistrationsAsync(host)).Select(r => (r.UserId, r.Status)));
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Workshops:ContentPath"] = Path.Combine(RepoRoot, "tests", "Assistant.Telegram.Tests", "WorkshopContent"),
        // Fast lanes: this test is about who gets what, not about Telegram's pace.
        ["Telegram:Sending:PrivateChatPerSecond"] = "200",
        ["Telegram:Sending:PrivateChatBurst"] = "50",
        ["Telegram:Sending:GroupPerMinute"] = "6000",
    };

    /// <summary>A new user, from /start through the privacy notice and the registration form (no extras) to its outcome.</summary>
    private static async Task RegisterAsync(TelegramTestHost host, ChatUser user, Person person, string placesShown, string outcomeKey)
    {
        var lang = person.Language;
        await user.OnboardAsync();

        var dates = await user.PressAsync(T(lang, "menu.workshops"), T(lang, "workshops.choose_session"));
        var about = About(host, lang);
        var date = Assert.Single(dates.AllButtons).Label;
        var (_, session) = host.Services.GetRequiredService<WorkshopCatalog>().FindSession("sewing-circle", "thursday")!.Value;
        var local = host.Services.GetRequiredService<WorkshopMessages>().Dates;
        Assert.Equal(Texts.Directional(lang, $"{local.ButtonDay(session.Start, lang)} {local.Time(session.Start)} · {placesShown}"), date);
        await user.PressAsync(dates, date, T(lang, "workshops.ask_name"));
        await user.SayAsync(person.FullName, T(lang, "workshops.ask_phone_wanted"));
        await user.PressAsync(T(lang, "dialog.no"), T(lang, "workshops.ask_childcare"));
        await user.NoNeedsAsync();
        var summary = string.Join("\n",
            Texts.Get(lang, "workshops.summary_workshop", about),
            Texts.Get(lang, "workshops.summary_date", about),
            T(lang, "workshops.summary_name", ("name", person.FullName)),
            T(lang, "workshops.summary_no_phone"));
        await user.PressAsync(T(lang, "dialog.yes"), T(lang, "workshops.confirm_summary", ("summary", summary)));

        // The outcome, then the menu after it.
        var afterSummary = user.Received;
        var outcome = await user.PressAsync(T(lang, "dialog.yes"), Text(host, person, outcomeKey, new() { ["position"] = "1" }));
        var menu = await user.ReceivesAsync(T(lang, "menu.prompt"), after: afterSummary);
        Assert.True(menu.MessageId > outcome.MessageId, "the menu comes after the outcome");
    }

    /// <summary>Moves the bot's time on and wakes the scheduler, which may sleep on a timer set for the old time.</summary>
    private static void Travel(TelegramTestHost host, TravellingClock clock, DateTimeOffset to)
    {
        clock.AdvanceTo(to);
        host.Services.GetRequiredService<JobScheduler>().Wake();
    }

    /// <summary>Waits until every two-hour reminder has run or was cancelled, and everything it sent has gone out.</summary>
    private static async Task WhenRemindersRanAsync(TelegramTestHost host)
    {
        var jobs = host.Services.GetRequiredService<IScheduledJobStore>();
        var ids = (await RegistrationsAsync(host)).Select(r => $"{JobKinds.WorkshopReminder}:{r.Id}:2h00").ToList();
        await EventuallyAsync(
            async () =>
            {
                foreach (var id in ids)
                {
                    if (await jobs.GetAsync(id, CancellationToken.None) is { State: JobState.Pending or JobState.Running })
                    {
                        return false;
                    }
                }

                return true;
            },
            "the two-hour reminders to run");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);
    }

    private static async Task<IReadOnlyList<WorkshopRegistration>> RegistrationsAsync(TelegramTestHost host) =>
        (await host.Services.GetRequiredService<RegistrationService>().ForSessionAsync("sewing-circle", "thursday", CancellationToken.None))
            .OrderBy(r => r.UserId).ToList();

    private static int Reminders(TelegramTestHost host, Person person) =>
        host.Fake.TextsTo(person.Id).Count(t => t.StartsWith(Text(host, person, "reminders.workshop"), StringComparison.Ordinal));

    private static ChatUser User(FakeBotApi fake, Person person) => new(fake, person.Id, person.Language, person.FirstName);

    /// <summary>A workshop text with the session's title, place, date and time as the host writes them in the person's language.</summary>
    private static string Text(TelegramTestHost host, Person person, string key, Dictionary<string, string>? more = null)
    {
        var values = About(host, person.Language);
        foreach (var (name, value) in more ?? [])
        {
            values[name] = value;
        }

        return Texts.Get(person.Language, key, values);
    }

    private static Dictionary<string, string> About(TelegramTestHost host, string language)
    {
        var (workshop, session) = host.Services.GetRequiredService<WorkshopCatalog>().FindSession("sewing-circle", "thursday")!.Value;
        return host.Services.GetRequiredService<WorkshopMessages>().About(workshop, session, language);
    }

    /// <summary>An offer made within a day of the session lasts until it starts.</summary>
    private static Dictionary<string, string> DeadlineAtStart(TelegramTestHost host, Person person) =>
        new() { ["deadline"] = About(host, person.Language)["day"] + ", 10:00" };

    private sealed record Person(long Id, string Language, string FirstName, string FullName);
}
