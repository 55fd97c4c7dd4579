using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Reminders;

/// <summary>Reminds a person of their workshop session, with "I'll come" and "I can't come".</summary>
internal sealed class WorkshopReminderJob(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger)
    : RegistrationMessageJob(JobKinds.WorkshopReminder, catalog, messages, messenger)
{
    protected override Task<WorkshopRegistration?> RegistrationAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        InStatusAsync(registrations, job, RegistrationStatus.Confirmed, cancellationToken);

    protected override OutgoingMessage Message(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language) =>
        Messages.Reminder(workshop, session, registration, language);
}

/// <summary>Reminds a person of their counselling appointment, with "I'll come" and "I can't come".</summary>
internal sealed class AppointmentReminderJob(
    Appointments.AppointmentService appointments,
    WorkshopCatalog catalog,
    WorkshopMessages messages,
    IUserMessenger messenger,
    IScheduledJobStore jobs) : IJobHandler
{
    public string Kind => JobKinds.AppointmentReminder;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await appointments.GetAsync(job.Data[JobKinds.Appointment], cancellationToken).ConfigureAwait(false) is not { Status: Appointments.AppointmentStatus.Booked, UserId: { } user } appointment
            || catalog.FindService(appointment.ServiceId) is not { } service
            || await LearnsOfItOnlyNowAsync(appointment.Id, job.DueAt, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var language = await messages.LanguageOfAsync(user, appointment.Language, cancellationToken).ConfigureAwait(false);
        await messenger.SendAsync(user, [messages.Reminder(service, appointment, language)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Staff booked it and the person hears of it no earlier than this reminder (the notice waited for
    /// the morning): the notice says it all, and a reminder before or beside it would only confuse.
    /// </summary>
    private async Task<bool> LearnsOfItOnlyNowAsync(string appointmentId, DateTimeOffset reminderDue, CancellationToken cancellationToken) =>
        await jobs.GetAsync(ReminderPlanner.BookedNoticeJobId(appointmentId), cancellationToken).ConfigureAwait(false) is { } notice
        && (notice.State is JobState.Pending or JobState.Running || notice.FinishedAt >= reminderDue);
}

/// <summary>Tells a participant, outside quiet hours, about the appointment staff booked for them, with its calendar file.</summary>
internal sealed class AppointmentBookedNoticeJob(Appointments.AppointmentService appointments, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger) : IJobHandler
{
    public string Kind => JobKinds.AppointmentBookedNotice;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await appointments.GetAsync(job.Data[JobKinds.Appointment], cancellationToken).ConfigureAwait(false) is not { Status: Appointments.AppointmentStatus.Booked, UserId: { } user } appointment
            || catalog.FindService(appointment.ServiceId) is not { } service)
        {
            return;
        }

        var language = await messages.LanguageOfAsync(user, Core.Localization.Languages.IsSupported(appointment.InterpreterLanguage) ? appointment.InterpreterLanguage! : appointment.Language, cancellationToken).ConfigureAwait(false);
        await messenger.SendAsync(user, [messages.AppointmentBooked(service, appointment, language, "appointments.booked_by_team")], cancellationToken).ConfigureAwait(false);
    }
}
