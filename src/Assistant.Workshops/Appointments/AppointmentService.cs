using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using Microsoft.Extensions.Logging;

namespace Assistant.Workshops.Appointments;

/// <summary>What is asked for when an appointment is booked, by the participant or by staff for them.</summary>
public sealed record AppointmentRequest(string SlotId, long? UserId, string Name, string? Phone, string Language, string? InterpreterLanguage, long? BookedBy = null);

public enum BookOutcome
{
    Booked,

    /// <summary>Someone else was quicker, or the time has passed.</summary>
    Taken,
    NotFound,
}

public sealed record BookResult(BookOutcome Outcome, Appointment? Appointment = null);

public enum AddSlotOutcome
{
    Added,
    Past,
    Exists,
}

/// <summary>Counselling appointments: free slots, booking (one person per slot), cancellation, attendance.</summary>
public sealed class AppointmentService(
    IAppointmentStore store,
    WorkshopCatalog catalog,
    ReminderPlanner planner,
    TimeProvider time,
    ILogger<AppointmentService> logger)
{
    /// <summary>The service's slots that are still ahead and not booked, earliest first.</summary>
    public async Task<IReadOnlyList<AppointmentSlot>> FreeSlotsAsync(string serviceId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var booked = await store.BookedSlotIdsAsync(cancellationToken).ConfigureAwait(false);
        return (await AllSlotsAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.ServiceId == serviceId && s.Start > now && !booked.Contains(s.Id))
            .OrderBy(s => s.Start)
            .ToList();
    }

    public async Task<BookResult> BookAsync(AppointmentRequest request, CancellationToken cancellationToken)
    {
        var slot = (await AllSlotsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == request.SlotId);
        if (slot is null || catalog.FindService(slot.ServiceId) is not { } service)
        {
            return new BookResult(BookOutcome.NotFound);
        }

        var now = time.GetUtcNow();
        if (slot.Start <= now)
        {
            return new BookResult(BookOutcome.Taken);
        }

        var appointment = new Appointment
        {
            Id = Appointment.NewId(),
            ServiceId = service.Id,
            SlotId = slot.Id,
            Start = slot.Start,
            End = slot.Start + service.Duration,
            UserId = request.UserId,
            Name = request.Name,
            Phone = request.Phone,
            Language = request.Language,
            InterpreterLanguage = request.InterpreterLanguage,
            BookedAt = now,
            BookedBy = request.BookedBy,
        };
        if (!await store.TryBookAsync(appointment, cancellationToken).ConfigureAwait(false))
        {
            return new BookResult(BookOutcome.Taken);
        }

        await planner.ScheduleRemindersAsync(appointment, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Appointment {AppointmentId} booked in slot {SlotId}", appointment.Id, slot.Id);
        return new BookResult(BookOutcome.Booked, appointment);
    }

    /// <summary>The participant cancels; the slot is free again.</summary>
    public async Task<ChangeResult<Appointment>> CancelAsync(string appointmentId, long userId, CancellationToken cancellationToken)
    {
        var result = await ChangeOwnAsync(appointmentId, userId, a => a with { Status = AppointmentStatus.Cancelled, CancelledAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == ChangeOutcome.Done)
        {
            await planner.CancelAllAsync(appointmentId, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Appointment {AppointmentId} cancelled", appointmentId);
        }

        return result;
    }

    public Task<ChangeResult<Appointment>> ConfirmAttendanceAsync(string appointmentId, long userId, CancellationToken cancellationToken) =>
        ChangeOwnAsync(appointmentId, userId, a => a with { AttendanceConfirmedAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>Staff offer another time; it must lie ahead and not exist yet.</summary>
    public async Task<AddSlotOutcome> AddSlotAsync(string serviceId, DateTimeOffset start, long staffUserId, CancellationToken cancellationToken)
    {
        if (start <= time.GetUtcNow())
        {
            return AddSlotOutcome.Past;
        }

        var slot = new AppointmentSlot(serviceId, start) { AddedBy = staffUserId };
        var exists = catalog.FindService(serviceId)?.Slots.Contains(start) == true;
        return !exists && await store.TryAddSlotAsync(slot, cancellationToken).ConfigureAwait(false) ? AddSlotOutcome.Added : AddSlotOutcome.Exists;
    }

    public Task<Appointment?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken) => store.ForUserAsync(userId, cancellationToken);

    private async Task<IReadOnlyList<AppointmentSlot>> AllSlotsAsync(CancellationToken cancellationToken)
    {
        var fromContent = catalog.Services.SelectMany(s => s.Slots.Select(start => new AppointmentSlot(s.Id, start)));
        var added = (await store.AddedSlotsAsync(cancellationToken).ConfigureAwait(false)).Where(s => catalog.FindService(s.ServiceId) is not null);
        return fromContent.Concat(added).DistinctBy(s => s.Id).ToList();
    }

    private async Task<ChangeResult<Appointment>> ChangeOwnAsync(string appointmentId, long userId, Func<Appointment, Appointment> change, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(appointmentId, cancellationToken).ConfigureAwait(false);
        if (found is null || found.UserId != userId)
        {
            return new ChangeResult<Appointment>(ChangeOutcome.NotFound);
        }

        var outcome = ChangeOutcome.Done;
        var changed = await store.ChangeAsync(appointmentId, current =>
        {
            outcome = current.Start <= time.GetUtcNow() ? ChangeOutcome.Over
                : current.Status != AppointmentStatus.Booked ? ChangeOutcome.NoLongerValid
                : ChangeOutcome.Done;
            return outcome == ChangeOutcome.Done ? change(current) : null;
        }, cancellationToken).ConfigureAwait(false);
        return new ChangeResult<Appointment>(outcome, changed ?? found);
    }
}
