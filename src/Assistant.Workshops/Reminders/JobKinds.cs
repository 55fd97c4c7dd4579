namespace Assistant.Workshops.Reminders;

/// <summary>The kinds of stored jobs this feature schedules; a job id is <c>{kind}:{registration or appointment}:{suffix}</c>.</summary>
public static class JobKinds
{
    public const string WorkshopReminder = "workshop-reminder";
    public const string AppointmentReminder = "appointment-reminder";

    /// <summary>Sends a waiting-list offer; held back in quiet hours, and its answer time starts when it is sent.</summary>
    public const string WaitlistOffer = "waitlist-offer";

    /// <summary>Ends an unanswered offer and moves on to the next person; runs on time, also at night.</summary>
    public const string WaitlistDeadline = "waitlist-deadline";

    /// <summary>Tells a person that their offer ran out; held back in quiet hours.</summary>
    public const string WaitlistExpiredNotice = "waitlist-expired-notice";

    /// <summary>Tells a participant that staff booked an appointment for them; held back in quiet hours.</summary>
    public const string AppointmentBookedNotice = "appointment-booked-notice";

    public const string Registration = "registration";
    public const string Appointment = "appointment";
    public const string Round = "round";
}
