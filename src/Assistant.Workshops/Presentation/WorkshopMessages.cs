using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Presentation;

/// <summary>
/// The messages about workshops and appointments, in a given language: used in conversations and by
/// the reminder jobs alike, so a reminder reads like the confirmation it follows. Buttons in proactive
/// messages carry commands (<c>/attend w1a2b3c4d5</c>) that keep working in old messages.
/// </summary>
public sealed class WorkshopMessages(TextCatalog texts, LocalDates dates, IUserProfileStore profiles, TimeProvider time)
{
    public LocalDates Dates => dates;

    public string Text(string language, string key, IReadOnlyDictionary<string, string>? values = null) => texts.Get(language, key, values);

    /// <summary>The language to write to a person in: the one they chose, else the one they used when registering.</summary>
    public async Task<string> LanguageOfAsync(long userId, string fallback, CancellationToken cancellationToken) =>
        (await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Language ?? fallback;

    public string LanguageName(string codeOrText) => Languages.IsSupported(codeOrText) ? texts.NativeName(codeOrText) : codeOrText;

    public Dictionary<string, string> About(Workshop workshop, WorkshopSession session, string language) => new()
    {
        ["title"] = workshop.TextsIn(language).Title,
        ["place"] = workshop.TextsIn(language).Place,
        ["date"] = dates.Date(session.Start, language),
        ["day"] = dates.ShortDate(session.Start, language),
        ["time"] = dates.TimeSpan(session.Start, session.End),
    };

    public Dictionary<string, string> About(CounsellingService service, Appointment appointment, string language) => new()
    {
        ["title"] = service.TextsIn(language).Title,
        ["place"] = service.TextsIn(language).Place,
        ["date"] = dates.Date(appointment.Start, language),
        ["day"] = dates.ShortDate(appointment.Start, language),
        ["time"] = dates.TimeSpan(appointment.Start, appointment.End),
    };

    public OutgoingMessage WorkshopDetails(Workshop workshop, string language)
    {
        var t = workshop.TextsIn(language);
        return Message(language, "workshops.details", new Dictionary<string, string>
        {
            ["title"] = t.Title,
            ["description"] = t.Description,
            ["place"] = t.Place,
            ["target"] = Text(language, "workshops.target." + workshop.Target.ToString().ToLowerInvariant()),
            ["languages"] = texts.List(language, workshop.Languages.Select(LanguageName)),
        });
    }

    public OutgoingMessage ServiceDetails(CounsellingService service, string language)
    {
        var t = service.TextsIn(language);
        return Message(language, "appointments.details", new Dictionary<string, string>
        {
            ["title"] = t.Title,
            ["description"] = t.Description,
            ["place"] = t.Place,
            ["languages"] = texts.List(language, service.Languages.Select(LanguageName)),
            ["duration"] = Text(language, "appointments.duration", Count((int)service.Duration.TotalMinutes)),
        });
    }

    public OutgoingMessage Confirmation(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language, string key = "workshops.confirmed") =>
        Message(language, key, About(workshop, session, language)) with { File = Calendar(workshop, session, registration.Id, language) };

    public OutgoingMessage Waiting(Workshop workshop, WorkshopSession session, int position, string language, string key = "workshops.waiting") =>
        Message(language, key, With(About(workshop, session, language), "position", position));

    public OutgoingMessage Reminder(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language) =>
        Message(language, "reminders.workshop", About(workshop, session, language)) with { Buttons = AttendButtons(registration.Id, language) };

    public OutgoingMessage Reminder(CounsellingService service, Appointment appointment, string language) =>
        Message(language, "reminders.appointment", About(service, appointment, language)) with { Buttons = AttendButtons(appointment.Id, language) };

    public OutgoingMessage Offer(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language)
    {
        var values = About(workshop, session, language);
        var until = registration.OfferExpiresAt ?? session.Start;
        values["deadline"] = dates.ShortDate(until, language) + Comma(language) + dates.Time(until);
        return Message(language, "waitlist.offer", values) with
        {
            Buttons =
            [
                [new Button(Text(language, "waitlist.accept"), "/accept-place " + registration.Id)],
                [new Button(Text(language, "waitlist.decline"), "/decline-place " + registration.Id)],
            ],
        };
    }

    public OutgoingMessage OfferExpired(Workshop workshop, WorkshopSession session, string language) =>
        Message(language, "waitlist.expired", About(workshop, session, language));

    public OutgoingMessage AppointmentBooked(CounsellingService service, Appointment appointment, string language, string key = "appointments.booked")
    {
        var t = service.TextsIn(language);
        var file = CalendarFile.Create(appointment.Id, t.Title, t.Description, t.Place, appointment.Start, appointment.End, time.GetUtcNow());
        return Message(language, key, About(service, appointment, language)) with { File = file };
    }

    /// <summary>A session button for participants: "Di 12.1. 09:30 · 3 frei", the day first.</summary>
    public string SessionButton(WorkshopSession session, int free, string language)
    {
        var status = free > 0 ? Text(language, "workshops.places_free", Count(free)) : Text(language, "workshops.full");
        return $"{dates.ButtonDay(session.Start, language)} {dates.Time(session.Start)} · {status}";
    }

    /// <summary>A session button for staff: "Di 12.1. 09:30 · 8/12 +2" (places taken, capacity, waiting).</summary>
    public string StaffSessionButton(WorkshopSession session, int taken, int waiting, string language) =>
        $"{dates.ButtonDay(session.Start, language)} {dates.Time(session.Start)} · {taken}/{session.Capacity} +{waiting}";

    /// <summary>A free appointment time: "Di 12.1. 10:00".</summary>
    public string SlotButton(DateTimeOffset start, string language) => $"{dates.ButtonDay(start, language)} {dates.Time(start)}";

    /// <summary>"❌ Di 12.1. · Migrationsberatung": the day first; a long title is cut to fit the button.</summary>
    public string CancelButton(DateTimeOffset start, string title, string language) =>
        ButtonFormat.Fit(Text(language, "appointments.cancel_item", new Dictionary<string, string>
        {
            ["day"] = dates.ButtonDay(start, language),
            ["title"] = title,
        }));

    public OutgoingMessage Message(string language, string key, IReadOnlyDictionary<string, string>? values = null) =>
        new()
        {
            Text = Text(language, key, values),
            Direction = texts.DirectionOf(language),
        };

    /// <summary>
    /// "🎨 Nähcafé – Do, 26. Nov., 10:00–12:00": a list line of content and dates only, so it needs no
    /// text of its own; the comma follows the script (Arabic and Persian use "،").
    /// </summary>
    public string ListLine(string language, string symbol, IReadOnlyDictionary<string, string> about) =>
        $"{symbol} {about["title"]} – {about["day"]}{Comma(language)}{about["time"]}";

    /// <summary>"Nähcafé, Donnerstag, 26. November 2026, 10:00–12:00: angemeldet", for "my data".</summary>
    public string ExportLine(string language, IReadOnlyDictionary<string, string> about, string status) =>
        string.Join(Comma(language), about["title"], about["date"], about["time"]) + ": " + status;

    public static Dictionary<string, string> Count(int count) => new() { ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static Dictionary<string, string> With(Dictionary<string, string> values, string key, int value)
    {
        values[key] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private string Comma(string language) => texts.ListSeparator(language);

    private IReadOnlyList<IReadOnlyList<Button>> AttendButtons(string id, string language) =>
    [
        [new Button(Text(language, "reminders.attend"), "/attend " + id)],
        [new Button(Text(language, "reminders.cannot_attend"), "/cannot-attend " + id)],
    ];

    private OutgoingFile Calendar(Workshop workshop, WorkshopSession session, string registrationId, string language)
    {
        var t = workshop.TextsIn(language);
        return CalendarFile.Create(registrationId, t.Title, t.Description, t.Place, session.Start, session.End, time.GetUtcNow());
    }
}
