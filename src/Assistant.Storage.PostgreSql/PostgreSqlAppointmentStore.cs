using Assistant.Workshops.Appointments;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Appointments with slot, user, status and times as columns, and the slots staff added. A partial
/// unique index allows one booked appointment per slot, so a booking is one insert that either wins or
/// yields, whichever instance makes it.
/// </summary>
public sealed class PostgreSqlAppointmentStore(PostgreSqlDatabase db) : IAppointmentStore
{
    private const string Columns = "(id, slot_id, user_id, status, start_ticks, ends_ticks, record) VALUES (@id, @slot, @userId, @status, @start, @ends, @record::jsonb)";

    public async Task<bool> TryBookAsync(Appointment appointment, CancellationToken cancellationToken) =>
        await db.ExecuteAsync($"INSERT INTO appointments {Columns} ON CONFLICT DO NOTHING", Row(appointment), cancellationToken).ConfigureAwait(false) == 1;

    public Task<Appointment?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<Appointment>("SELECT record::text FROM appointments WHERE id = @id", new { id }, cancellationToken);

    public Task<Appointment?> ChangeAsync(string id, Func<Appointment, Appointment?> change, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var stored = await connection.RecordsAsync<Appointment>(transaction, "SELECT record::text FROM appointments WHERE id = @id FOR UPDATE", new { id }, cancellationToken).ConfigureAwait(false);
            if (stored.Count == 0 || change(stored[0]) is not { } changed)
            {
                return null;
            }

            await connection.ExecuteAsync(transaction,
                "UPDATE appointments SET slot_id = @slot, user_id = @userId, status = @status, start_ticks = @start, ends_ticks = @ends, record = @record::jsonb WHERE id = @id",
                Row(changed), cancellationToken).ConfigureAwait(false);
            return changed;
        }, cancellationToken);

    public Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordsAsync<Appointment>("SELECT record::text FROM appointments WHERE user_id = @userId ORDER BY start_ticks", new { userId }, cancellationToken);

    public async Task<IReadOnlySet<string>> BookedSlotIdsAsync(CancellationToken cancellationToken) =>
        (await db.QueryAsync<string>("SELECT slot_id FROM appointments WHERE status = @status", new { status = nameof(AppointmentStatus.Booked) }, cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);

    public async Task<bool> TryAddSlotAsync(AppointmentSlot slot, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "INSERT INTO appointment_slots (id, start_ticks, record) VALUES (@id, @start, @record::jsonb) ON CONFLICT DO NOTHING",
            new { id = slot.Id, start = slot.Start.UtcTicks, record = StorageJson.Write(slot) }, cancellationToken).ConfigureAwait(false) == 1;

    public Task<IReadOnlyList<AppointmentSlot>> AddedSlotsAsync(CancellationToken cancellationToken) =>
        db.RecordsAsync<AppointmentSlot>("SELECT record::text FROM appointment_slots ORDER BY start_ticks", null, cancellationToken);

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM appointments WHERE ends_ticks < @cutoff", new { cutoff = cutoff.UtcTicks }, cancellationToken);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM appointments WHERE user_id = @userId", new { userId }, cancellationToken);

    private static object Row(Appointment appointment) => new
    {
        id = appointment.Id,
        slot = appointment.SlotId,
        userId = appointment.UserId,
        status = appointment.Status.ToString(),
        start = appointment.Start.UtcTicks,
        ends = appointment.End.UtcTicks,
        record = StorageJson.Write(appointment),
    };
}
