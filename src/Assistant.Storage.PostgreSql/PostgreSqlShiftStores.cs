using Assistant.Volunteers.Shifts;

namespace Assistant.Storage.PostgreSql;

/// <summary>Shifts with their start as a column. An update locks the row, so two changes never overwrite each other.</summary>
public sealed class PostgreSqlShiftStore(PostgreSqlDatabase db) : IShiftStore
{
    private const string Save = """
        INSERT INTO shifts (id, start_ticks, record) VALUES (@id, @start, @record::jsonb)
        ON CONFLICT (id) DO UPDATE SET start_ticks = excluded.start_ticks, record = excluded.record
        """;

    public Task<Shift?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<Shift>("SELECT record::text FROM shifts WHERE id = @id", new { id }, cancellationToken);

    public Task<IReadOnlyList<Shift>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.RecordsAsync<Shift>(
            "SELECT record::text FROM shifts WHERE start_ticks >= @from AND start_ticks < @to ORDER BY start_ticks, id COLLATE \"C\"",
            new { from = from.UtcTicks, to = to.UtcTicks }, cancellationToken);

    public Task SaveAsync(Shift shift, CancellationToken cancellationToken) => db.ExecuteAsync(Save, Row(shift), cancellationToken);

    public Task<Shift?> UpdateAsync(string id, Func<Shift, Shift> change, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var stored = await connection.RecordsAsync<Shift>(transaction, "SELECT record::text FROM shifts WHERE id = @id FOR UPDATE", new { id }, cancellationToken).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                return null;
            }

            var changed = change(stored[0]);
            await connection.ExecuteAsync(transaction, Save, Row(changed), cancellationToken).ConfigureAwait(false);
            return changed;
        }, cancellationToken);

    private static object Row(Shift shift) => new { id = shift.Id, start = shift.Start.UtcTicks, record = StorageJson.Write(shift) };
}

/// <summary>Sign-ups, found by shift and by user, in the order people signed up.</summary>
public sealed class PostgreSqlSignupStore(PostgreSqlDatabase db) : ISignupStore
{
    public Task<ShiftSignup?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<ShiftSignup>("SELECT record::text FROM shift_signups WHERE id = @id", new { id }, cancellationToken);

    public Task<IReadOnlyList<ShiftSignup>> ForShiftAsync(string shiftId, CancellationToken cancellationToken) =>
        db.RecordsAsync<ShiftSignup>("SELECT record::text FROM shift_signups WHERE shift_id = @shiftId ORDER BY signed_up_ticks", new { shiftId }, cancellationToken);

    public Task<IReadOnlyList<ShiftSignup>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordsAsync<ShiftSignup>("SELECT record::text FROM shift_signups WHERE user_id = @userId ORDER BY signed_up_ticks", new { userId }, cancellationToken);

    public Task SaveAsync(ShiftSignup signup, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO shift_signups (id, shift_id, user_id, signed_up_ticks, record) VALUES (@id, @shiftId, @userId, @signedUp, @record::jsonb)
            ON CONFLICT (id) DO UPDATE SET shift_id = excluded.shift_id, user_id = excluded.user_id, signed_up_ticks = excluded.signed_up_ticks, record = excluded.record
            """,
            new { id = signup.Id, shiftId = signup.ShiftId, userId = signup.UserId, signedUp = signup.SignedUpAt.UtcTicks, record = StorageJson.Write(signup) },
            cancellationToken);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM shift_signups WHERE user_id = @userId", new { userId }, cancellationToken);
}
