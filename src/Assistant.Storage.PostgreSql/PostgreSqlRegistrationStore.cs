using Assistant.Workshops.Registrations;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Registrations with session, user and end as columns. A session change holds a transaction-scoped
/// advisory lock on the session's key while it reads, decides and writes: two instances registering
/// for the same session take turns, different sessions go on in parallel, and places are never given twice.
/// </summary>
public sealed class PostgreSqlRegistrationStore(PostgreSqlDatabase db) : IRegistrationStore
{
    private const string SessionQuery = "SELECT record::text FROM workshop_registrations WHERE session_key = @sessionKey ORDER BY queue_number";

    public Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@sessionKey, 0))", new { sessionKey }, cancellationToken).ConfigureAwait(false);
            var change = decide(await connection.RecordsAsync<WorkshopRegistration>(transaction, SessionQuery, new { sessionKey }, cancellationToken).ConfigureAwait(false));
            foreach (var registration in change.Save)
            {
                await connection.ExecuteAsync(transaction,
                    """
                    INSERT INTO workshop_registrations (id, session_key, user_id, queue_number, registered_ticks, ends_ticks, record)
                    VALUES (@id, @session, @userId, @queue, @registered, @ends, @record::jsonb)
                    ON CONFLICT (id) DO UPDATE SET session_key = excluded.session_key, user_id = excluded.user_id, queue_number = excluded.queue_number,
                        registered_ticks = excluded.registered_ticks, ends_ticks = excluded.ends_ticks, record = excluded.record
                    """,
                    new
                    {
                        id = registration.Id,
                        session = registration.SessionKey,
                        userId = registration.UserId,
                        queue = registration.QueueNumber,
                        registered = registration.RegisteredAt.UtcTicks,
                        ends = registration.SessionEnd.UtcTicks,
                        record = StorageJson.Write(registration),
                    },
                    cancellationToken).ConfigureAwait(false);
            }

            return change.Result;
        }, cancellationToken);

    public Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<WorkshopRegistration>("SELECT record::text FROM workshop_registrations WHERE id = @id", new { id }, cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken) =>
        db.RecordsAsync<WorkshopRegistration>(SessionQuery, new { sessionKey }, cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordsAsync<WorkshopRegistration>("SELECT record::text FROM workshop_registrations WHERE user_id = @userId ORDER BY registered_ticks", new { userId }, cancellationToken);

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM workshop_registrations WHERE ends_ticks < @cutoff", new { cutoff = cutoff.UtcTicks }, cancellationToken);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM workshop_registrations WHERE user_id = @userId", new { userId }, cancellationToken);
}
