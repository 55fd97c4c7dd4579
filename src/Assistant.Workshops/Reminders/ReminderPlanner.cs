using System.Globalization;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Reminders;

/// <summary>
/// Turns registrations and appointments into stored jobs. Reminder offsets count on the local clock, so
/// "24 hours before" a Sunday 10:00 session is Saturday 10:00 also on the weekend the clocks change.
/// Each reminder is useful until the next one is due (the last: until the start), so a bot that was
/// down sends only the latest missed reminder, not a burst of them.
/// </summary>
public sealed class ReminderPlanner(
    IScheduledJobStore jobs,
    IOptions<WorkshopsOptions> options,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time,
    IServiceProvider? services = null)
{
    private readonly TimeZoneInfo _zone = scheduling.Value.Zone;

    // Looked up when needed: the scheduler runs the job handlers that use this planner, so taking it
    // in the constructor would make a cycle. Without a scheduler (tests, console chat) nothing wakes.
    private JobScheduler? Scheduler => services?.GetService(typeof(JobScheduler)) as JobScheduler;

    public Task ScheduleRemindersAsync(WorkshopRegistration registration, DateTimeOffset start, CancellationToken cancellationToken) =>
        ScheduleRemindersAsync(JobKinds.WorkshopReminder, JobKinds.Registration, registration.Id, registration.UserId, start, options.Value.Reminders.ForWorkshops, cancellationToken);

    public Task ScheduleRemindersAsync(Appointment appointment, CancellationToken cancellationToken) =>
        appointment.UserId is { } user
            ? ScheduleRemindersAsync(JobKinds.AppointmentReminder, JobKinds.Appointment, appointment.Id, user, appointment.Start, options.Value.Reminders.ForAppointments, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Sends the offer as soon as quiet hours allow, and not once the session has started.</summary>
    public async Task ScheduleOfferAsync(WorkshopRegistration registration, DateTimeOffset sessionStart, CancellationToken cancellationToken)
    {
        await jobs.ScheduleAsync(new ScheduledJob
        {
            Id = JobId(JobKinds.WaitlistOffer, registration.Id, Round(registration)),
            Kind = JobKinds.WaitlistOffer,
            DueAt = time.GetUtcNow(),
            UsefulUntil = sessionStart,
            RespectsQuietHours = true,
            UserId = registration.UserId,
            Data = Data(registration),
        }, cancellationToken).ConfigureAwait(false);
        Scheduler?.Wake();
    }

    public Task ScheduleOfferDeadlineAsync(WorkshopRegistration registration, CancellationToken cancellationToken) =>
        jobs.ScheduleAsync(new ScheduledJob
        {
            Id = JobId(JobKinds.WaitlistDeadline, registration.Id, Round(registration)),
            Kind = JobKinds.WaitlistDeadline,
            DueAt = registration.OfferExpiresAt ?? time.GetUtcNow(),
            UserId = registration.UserId,
            Data = Data(registration),
        }, cancellationToken);

    public async Task ScheduleExpiredNoticeAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        await jobs.ScheduleAsync(new ScheduledJob
        {
            Id = JobId(JobKinds.WaitlistExpiredNotice, registration.Id, Round(registration)),
            Kind = JobKinds.WaitlistExpiredNotice,
            DueAt = time.GetUtcNow(),
            RespectsQuietHours = true,
            UserId = registration.UserId,
            Data = Data(registration),
        }, cancellationToken).ConfigureAwait(false);
        Scheduler?.Wake();
    }

    public async Task ScheduleBookedNoticeAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        if (appointment.UserId is not { } user)
        {
            return;
        }

        await jobs.ScheduleAsync(new ScheduledJob
        {
            Id = BookedNoticeJobId(appointment.Id),
            Kind = JobKinds.AppointmentBookedNotice,
            DueAt = time.GetUtcNow(),
            UsefulUntil = appointment.Start,
            RespectsQuietHours = true,
            UserId = user,
            Data = new Dictionary<string, string> { [JobKinds.Appointment] = appointment.Id },
        }, cancellationToken).ConfigureAwait(false);
        Scheduler?.Wake();
    }

    /// <summary>Cancels every pending job about a registration or an appointment.</summary>
    public async Task CancelAllAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var kind in new[] { JobKinds.WorkshopReminder, JobKinds.AppointmentReminder, JobKinds.WaitlistOffer, JobKinds.WaitlistDeadline, JobKinds.AppointmentBookedNotice })
        {
            await jobs.CancelAsync(kind + ":" + id + ":", cancellationToken).ConfigureAwait(false);
        }
    }

    public Task CancelOfferDeadlineAsync(WorkshopRegistration registration, CancellationToken cancellationToken) =>
        jobs.CancelAsync(JobKinds.WaitlistDeadline + ":" + registration.Id + ":", cancellationToken);

    /// <summary>When each reminder is due and until when it is still worth sending, on the local clock.</summary>
    public static IReadOnlyList<(TimeSpan Offset, DateTimeOffset Due, DateTimeOffset UsefulUntil)> Plan(DateTimeOffset start, IReadOnlyList<TimeSpan> offsets, TimeZoneInfo zone)
    {
        var localStart = Clock.ToLocal(start, zone);
        var due = offsets.OrderDescending().Select(o => (Offset: o, Due: Clock.ToInstant(localStart - o, zone))).ToList();
        return due.Select((d, i) => (d.Offset, d.Due, i + 1 < due.Count ? due[i + 1].Due : start)).ToList();
    }

    private async Task ScheduleRemindersAsync(string kind, string dataKey, string id, long userId, DateTimeOffset start, IReadOnlyList<TimeSpan> offsets, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (offset, due, usefulUntil) in Plan(start, offsets, _zone))
        {
            // Someone who registers an hour before gets the confirmation, not a reminder that is already late.
            if (due <= now)
            {
                continue;
            }

            await jobs.ScheduleAsync(new ScheduledJob
            {
                Id = JobId(kind, id, Label(offset)),
                Kind = kind,
                DueAt = due,
                UsefulUntil = usefulUntil,
                RespectsQuietHours = true,
                UserId = userId,
                Data = new Dictionary<string, string> { [dataKey] = id },
            }, cancellationToken).ConfigureAwait(false);
        }

        Scheduler?.Wake();
    }

    public static string BookedNoticeJobId(string appointmentId) => JobId(JobKinds.AppointmentBookedNotice, appointmentId, "0");

    private static string JobId(string kind, string id, string suffix) => $"{kind}:{id}:{suffix}";

    private static string Label(TimeSpan offset) => ((int)offset.TotalHours).ToString(CultureInfo.InvariantCulture) + "h" + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);

    private static string Round(WorkshopRegistration registration) => registration.OfferRound.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Data(WorkshopRegistration registration) => new()
    {
        [JobKinds.Registration] = registration.Id,
        [JobKinds.Round] = Round(registration),
    };
}
