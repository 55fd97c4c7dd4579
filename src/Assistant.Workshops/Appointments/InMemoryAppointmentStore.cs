namespace Assistant.Workshops.Appointments;

/// <summary>Appointments in memory, for tests; one lock makes booking atomic, as in the real store.</summary>
public sealed class InMemoryAppointmentStore : InMemoryRecords<Appointment>, IAppointmentStore
{
    private readonly Dictionary<string, AppointmentSlot> _slots = [];

    public Task<bool> TryBookAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (Records.Values.Any(a => a.SlotId == appointment.SlotId && a.Status == AppointmentStatus.Booked))
            {
                return Task.FromResult(false);
            }

            Records[appointment.Id] = appointment;
            return Task.FromResult(true);
        }
    }

    public Task<Appointment?> ChangeAsync(string id, Func<Appointment, Appointment?> change, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (!Records.TryGetValue(id, out var current) || change(current) is not { } changed)
            {
                return Task.FromResult<Appointment?>(null);
            }

            Records[id] = changed;
            return Task.FromResult<Appointment?>(changed);
        }
    }

    public Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        ListAsync(a => a.UserId == userId, a => a.Start);

    public Task<IReadOnlySet<string>> BookedSlotIdsAsync(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            return Task.FromResult<IReadOnlySet<string>>(Records.Values.Where(a => a.Status == AppointmentStatus.Booked).Select(a => a.SlotId).ToHashSet());
        }
    }

    public Task<bool> TryAddSlotAsync(AppointmentSlot slot, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            return Task.FromResult(_slots.TryAdd(slot.Id, slot));
        }
    }

    public Task<IReadOnlyList<AppointmentSlot>> AddedSlotsAsync(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            return Task.FromResult<IReadOnlyList<AppointmentSlot>>(_slots.Values.OrderBy(s => s.Start).ToList());
        }
    }

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        DeleteAsync(a => a.End < cutoff);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        DeleteAsync(a => a.UserId == userId);
}
