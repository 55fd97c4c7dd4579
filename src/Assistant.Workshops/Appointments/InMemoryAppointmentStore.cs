namespace Assistant.Workshops.Appointments;

/// <summary>Appointments in memory, for tests; one lock makes booking atomic, as in the real store.</summary>
public sealed class InMemoryAppointmentStore : IAppointmentStore
{
    private readonly Dictionary<string, Appointment> _appointments = [];
    private readonly Dictionary<string, AppointmentSlot> _slots = [];
    private readonly Lock _lock = new();

    public Task<bool> TryBookAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_appointments.Values.Any(a => a.SlotId == appointment.SlotId && a.Status == AppointmentStatus.Booked))
            {
                return Task.FromResult(false);
            }

            _appointments[appointment.Id] = appointment;
            return Task.FromResult(true);
        }
    }

    public Task<Appointment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_appointments.GetValueOrDefault(id));
        }
    }

    public Task<Appointment?> ChangeAsync(string id, Func<Appointment, Appointment?> change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_appointments.TryGetValue(id, out var current) || change(current) is not { } changed)
            {
                return Task.FromResult<Appointment?>(null);
            }

            _appointments[id] = changed;
            return Task.FromResult<Appointment?>(changed);
        }
    }

    public Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Appointment>>(_appointments.Values.Where(a => a.UserId == userId).OrderBy(a => a.Start).ToList());
        }
    }

    public Task<IReadOnlySet<string>> BookedSlotIdsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlySet<string>>(_appointments.Values.Where(a => a.Status == AppointmentStatus.Booked).Select(a => a.SlotId).ToHashSet());
        }
    }

    public Task<bool> TryAddSlotAsync(AppointmentSlot slot, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_slots.TryAdd(slot.Id, slot));
        }
    }

    public Task<IReadOnlyList<AppointmentSlot>> AddedSlotsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AppointmentSlot>>(_slots.Values.OrderBy(s => s.Start).ToList());
        }
    }

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _appointments.Values.Where(a => a.End < cutoff).Select(a => a.Id).ToList();
            ids.ForEach(id => _appointments.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var ids = _appointments.Values.Where(a => a.UserId == userId).Select(a => a.Id).ToList();
            ids.ForEach(id => _appointments.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
