using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using LiteDB;

namespace Assistant.Storage.LiteDb;

/// <summary>
/// Commits a turn in one LiteDB transaction: the update's mark, the conversation (a version-checked write,
/// no read first), the profile and the outbox entries. Collections are always taken in that order (jobs, then
/// the outbox, for a job), so two transactions never wait on each other in a circle. No lock of its own: one
/// user's turns already run one at a time, and LiteDB serialises writers of a collection.
/// </summary>
public sealed class LiteDbTurnStore(AssistantDatabase db, LiteDbProcessedUpdates processed, TimeProvider time) : ITurnStore
{
    public Task<bool> WasHandledAsync(ChannelUpdate update, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(processed.Contains(update.BotId, update.UpdateId));
    }

    public Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        processed.PruneIfDue(now);
        var database = db.Database;
        var result = LiteDbTransaction.Run(
            database,
            () => Write(database, commit, now),
            r => r.Outcome == TurnCommitOutcome.Committed);
        if (result.Outcome == TurnCommitOutcome.Committed && commit.State is { } state && !commit.Forget)
        {
            state.Version = commit.ExpectedVersion + 1;
        }

        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<OutboxEntry>?> CompleteJobAsync(ScheduledJob finished, JobState from, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = db.Database;
        var queued = LiteDbTransaction.Run(
            database,
            () => LiteDbScheduledJobStore.TryTransitionIn(database, finished, from) ? LiteDbOutbox.AddIn(database, messages) : null,
            r => r is not null);
        return Task.FromResult(queued);
    }

    private static TurnCommitResult Write(LiteDatabase database, TurnCommit commit, DateTimeOffset now)
    {
        if (commit.Update is { } update && !LiteDbProcessedUpdates.TryMarkIn(database, update.BotId, update.UpdateId, now))
        {
            return new TurnCommitResult(TurnCommitOutcome.AlreadyHandled, []);
        }

        if (commit.Forget)
        {
            database.GetCollection(LiteDbConversationStore.CollectionName).Delete(commit.UserId);
            database.GetCollection(LiteDbUserProfileStore.CollectionName).Delete(commit.UserId);
        }
        else
        {
            if (commit.State is { } state && !LiteDbConversationStore.TrySaveIn(database, state, commit.ExpectedVersion))
            {
                return new TurnCommitResult(TurnCommitOutcome.Conflict, []);
            }

            if (commit.Profile is { } profile)
            {
                database.GetCollection(LiteDbUserProfileStore.CollectionName).Upsert(LiteDbUserProfileStore.ToDocument(profile));
            }
        }

        return new TurnCommitResult(TurnCommitOutcome.Committed, LiteDbOutbox.AddIn(database, commit.Outgoing));
    }
}
