using Assistant.Core.Scheduling;
using Assistant.Core.Users;

namespace Assistant.Core.Storage;

/// <summary>
/// Commits a turn as a series of writes to the separate stores, one commit at a time. Right for stores in
/// memory (tests, the console chat), where nothing survives a crash anyway; a store on disk commits a turn in
/// one transaction instead. Handled updates are remembered in memory only.
/// </summary>
public sealed class SeparateWritesTurnStore(
    IConversationStore conversations,
    IUserProfileStore profiles,
    IScheduledJobStore jobs,
    IOutbox outbox,
    TimeProvider time) : ITurnStore
{
    private readonly InMemoryProcessedUpdates _handled = new(time);
    private readonly SemaphoreSlim _one = new(1, 1);

    public Task<bool> WasHandledAsync(ChannelUpdate update, CancellationToken cancellationToken) =>
        Task.FromResult(_handled.Contains(update.BotId, update.UpdateId));

    public async Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (commit.Update is { } update && _handled.Contains(update.BotId, update.UpdateId))
            {
                return new TurnCommitResult(TurnCommitOutcome.AlreadyHandled, []);
            }

            if (commit.Forget)
            {
                await conversations.DeleteAsync(commit.UserId, cancellationToken).ConfigureAwait(false);
                await profiles.DeleteAsync(commit.UserId, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (commit.State is { } state && !await conversations.TrySaveAsync(state, commit.ExpectedVersion, cancellationToken).ConfigureAwait(false))
                {
                    return new TurnCommitResult(TurnCommitOutcome.Conflict, []);
                }

                if (commit.Profile is { } profile)
                {
                    await profiles.SaveAsync(profile, cancellationToken).ConfigureAwait(false);
                }
            }

            var queued = commit.Outgoing.Count == 0 ? [] : await outbox.EnqueueAsync(commit.Outgoing, cancellationToken).ConfigureAwait(false);
            if (commit.Update is { } handled)
            {
                await _handled.TryMarkProcessedAsync(handled.BotId, handled.UpdateId, cancellationToken).ConfigureAwait(false);
            }

            return new TurnCommitResult(TurnCommitOutcome.Committed, queued);
        }
        finally
        {
            _one.Release();
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>?> CompleteJobAsync(ScheduledJob finished, JobState from, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await jobs.TryTransitionAsync(finished, from, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return messages.Count == 0 ? [] : await outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
        }
    }
}
