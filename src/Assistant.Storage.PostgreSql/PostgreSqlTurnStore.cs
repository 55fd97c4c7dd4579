using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Commits a turn, or a finished job, in one PostgreSQL transaction: the update's mark, the conversation
/// (version-checked), the profile and the outbox entries; a job's state change and its messages. Every
/// transaction takes its locks in that order (update mark, conversation or job row, then the outbox's chat
/// locks), so two never wait on each other in a circle.
/// <para>
/// Several instances: two turns of one chat that overlap (the same update delivered to two instances, or two
/// updates of one chat handled at once) cannot both commit. The update's mark is a primary key, so the second
/// waits for the first and then sees <see cref="TurnCommitOutcome.AlreadyHandled"/>; the conversation write is
/// conditional on the version the turn loaded, so the loser sees <see cref="TurnCommitOutcome.Conflict"/> and
/// writes nothing; the dialog engine then runs the turn again on the fresh conversation.
/// </para>
/// </summary>
public sealed class PostgreSqlTurnStore(PostgreSqlDatabase db, PostgreSqlProcessedUpdates processed, TimeProvider time) : ITurnStore
{
    public async Task<bool> WasHandledAsync(ChannelUpdate update, CancellationToken cancellationToken) =>
        (await db.QueryAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM processed_updates WHERE bot_id = @BotId AND update_id = @UpdateId)", update, cancellationToken).ConfigureAwait(false))[0];

    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await processed.PruneIfDueAsync(now, cancellationToken).ConfigureAwait(false);
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await WriteAsync(connection, transaction, commit, now, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TurnCommitOutcome.Committed)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (commit.State is { } state && !commit.Forget)
        {
            state.Version = commit.ExpectedVersion + 1;
        }

        return result;
    }

    public async Task<IReadOnlyList<OutboxEntry>?> CompleteJobAsync(ScheduledJob finished, JobState from, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await PostgreSqlScheduledJobStore.TryTransitionIn(connection, transaction, finished, from, cancellationToken).ConfigureAwait(false))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }

        var queued = await PostgreSqlOutbox.AddIn(connection, transaction, messages, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return queued;
    }

    private static async Task<TurnCommitResult> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TurnCommit commit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (commit.Update is { } update && await connection.ExecuteAsync(transaction,
                "INSERT INTO processed_updates (bot_id, update_id, at_ticks) VALUES (@BotId, @UpdateId, @at) ON CONFLICT DO NOTHING",
                new { update.BotId, update.UpdateId, at = now.UtcTicks }, cancellationToken).ConfigureAwait(false) == 0)
        {
            return new TurnCommitResult(TurnCommitOutcome.AlreadyHandled, []);
        }

        var user = new { userId = commit.UserId };
        if (commit.Forget)
        {
            await connection.ExecuteAsync(transaction, "DELETE FROM conversations WHERE user_id = @userId", user, cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(transaction, "DELETE FROM user_profiles WHERE user_id = @userId", user, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (commit.State is { } state && !await PostgreSqlConversationStore.TrySaveIn(connection, transaction, state, commit.ExpectedVersion, cancellationToken).ConfigureAwait(false))
            {
                return new TurnCommitResult(TurnCommitOutcome.Conflict, []);
            }

            if (commit.Profile is { } profile)
            {
                await connection.ExecuteAsync(transaction, Upsert.ByUser("user_profiles"),
                    new { userId = profile.UserId, record = StorageJson.Write(profile) }, cancellationToken).ConfigureAwait(false);
            }
        }

        return new TurnCommitResult(TurnCommitOutcome.Committed, await PostgreSqlOutbox.AddIn(connection, transaction, commit.Outgoing, cancellationToken).ConfigureAwait(false));
    }
}
