namespace Assistant.Workshops.Appointments;

/// <summary>Appointments and the slots staff added. A slot holds at most one booked appointment.</summary>
public interface IAppointmentStore
{
    /// <summary>Saves the appointment unless its slot is already booked; checked and saved atomically.</summary>
    Task<bool> TryBookAsync(Appointment appointment, CancellationToken cancellationToken);

    Task<Appointment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> atomically and saves its result; null from it leaves the appointment as it was.</summary>
    Task<Appointment?> ChangeAsync(string id, Func<Appointment, Appointment?> change, CancellationToken cancellationToken);

    Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Ids of the slots that hold a booked appointment.</summary>
    Task<IReadOnlySet<string>> BookedSlotIdsAsync(CancellationToken cancellationToken);

    /// <summary>Adds a slot; false when the service already has one at that time.</summary>
    Task<bool> TryAddSlotAsync(AppointmentSlot slot, CancellationToken cancellationToken);

    Task<IReadOnlyList<AppointmentSlot>> AddedSlotsAsync(CancellationToken cancellationToken);

    /// <summary>Removes appointments that ended before <paramref name="cutoff"/> (retention).</summary>
    Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken);
}
