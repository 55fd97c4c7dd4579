using Assistant.Core.Scheduling;
using Dapper;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Jobs with state, due time and user as columns, the whole job as <c>jsonb</c>. Every state change is
/// one conditional statement, so a job runs at most once even with several instances.
/// </summary>
public sealed class PostgreSqlScheduledJobStore(PostgreSqlDatabase db) : IScheduledJobStore
{
    private const string Pending = nameof(JobState.Pending);

    public Task ScheduleAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO scheduled_jobs (id, state, due_ticks, user_id, record) VALUES (@id, @state, @due, @user, @record::jsonb)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, due_ticks = excluded.due_ticks, user_id = excluded.user_id, record = excluded.record
            WHERE scheduled_jobs.state = 'Pending'
            """,
            Row(job with { State = JobState.Pending }), cancellationToken);

    public Task<IReadOnlyList<ScheduledJob>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        db.RecordsAsync<ScheduledJob>(
            "SELECT record::text FROM scheduled_jobs WHERE state = @Pending AND due_ticks <= @now ORDER BY due_ticks, id LIMIT @limit",
            new { Pending, now = now.UtcTicks, limit }, cancellationToken);

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var ticks = (await db.QueryAsync<long?>("SELECT min(due_ticks) FROM scheduled_jobs WHERE state = @Pending", new { Pending }, cancellationToken).ConfigureAwait(false))[0];
        return ticks is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null;
    }

    public async Task<bool> TryTransitionAsync(ScheduledJob job, JobState from, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await TryTransitionIn(connection, null, job, from, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conditional state change, also inside a finished job's transaction.</summary>
    internal static async Task<bool> TryTransitionIn(NpgsqlConnection connection, NpgsqlTransaction? transaction, ScheduledJob job, JobState from, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE scheduled_jobs SET state = @state, due_ticks = @due, user_id = @user, record = @record::jsonb WHERE id = @id AND state = @from",
            new { job.Id, state = job.State.ToString(), due = job.DueAt.UtcTicks, user = job.UserId, record = StorageJson.Write(job), from = from.ToString() },
            transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;

    public Task<ScheduledJob?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<ScheduledJob>("SELECT record::text FROM scheduled_jobs WHERE id = @id", new { id }, cancellationToken);

    public Task<int> CancelAsync(string idPrefix, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var pending = await connection.RecordsAsync<ScheduledJob>(transaction,
                "SELECT record::text FROM scheduled_jobs WHERE starts_with(id, @idPrefix) AND state = @Pending FOR UPDATE",
                new { idPrefix, Pending }, cancellationToken).ConfigureAwait(false);
            foreach (var job in pending)
            {
                await connection.ExecuteAsync(transaction,
                    "UPDATE scheduled_jobs SET state = @state, record = @record::jsonb WHERE id = @id",
                    Row(job with { State = JobState.Cancelled }), cancellationToken).ConfigureAwait(false);
            }

            return pending.Count;
        }, cancellationToken);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM scheduled_jobs WHERE user_id = @userId", new { userId }, cancellationToken);

    private static object Row(ScheduledJob job) =>
        new { job.Id, state = job.State.ToString(), due = job.DueAt.UtcTicks, user = job.UserId, record = StorageJson.Write(job) };
}
