using Assistant.Core.Dialogs;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;

namespace Assistant.Core.Storage;

/// <summary>A channel's delivery of one update, for recognising it when it is delivered again.</summary>
public sealed record ChannelUpdate(long BotId, long UpdateId);

/// <summary>Everything one turn writes, committed together by <see cref="ITurnStore.CommitTurnAsync"/>.</summary>
public sealed record TurnCommit
{
    public required long UserId { get; init; }

    /// <summary>The conversation to save; null leaves the stored conversation as it is (a turn that failed).</summary>
    public ConversationState? State { get; init; }

    /// <summary>The version the turn loaded (0: there was none). The save happens only if it is still the stored one.</summary>
    public int ExpectedVersion { get; init; }

    /// <summary>The profile to save; null leaves it as it is.</summary>
    public UserProfile? Profile { get; init; }

    /// <summary>Erase the user's conversation and profile instead of saving them (<c>/delete</c>).</summary>
    public bool Forget { get; init; }

    /// <summary>The update the turn answered; marked as handled with the rest. Null for turns nobody sent (a reminder's flow).</summary>
    public ChannelUpdate? Update { get; init; }

    /// <summary>Messages to add to the outbox with the rest.</summary>
    public IReadOnlyList<OutboxMessage> Outgoing { get; init; } = [];
}

public enum TurnCommitOutcome
{
    Committed,

    /// <summary>The stored conversation was no longer at <see cref="TurnCommit.ExpectedVersion"/>; nothing was written.</summary>
    Conflict,

    /// <summary>The update was marked handled before; nothing was written.</summary>
    AlreadyHandled,
}

/// <summary>What a commit did; <see cref="Queued"/> holds the outbox entries it added (empty unless committed).</summary>
public sealed record TurnCommitResult(TurnCommitOutcome Outcome, IReadOnlyList<OutboxEntry> Queued);

/// <summary>
/// Commits a turn, or a timed job, as one unit: all of it or none of it is stored, whatever crashes when.
/// <para>
/// Contract, for every provider (a relational store does each call in one transaction):
/// <list type="bullet">
/// <item><see cref="CommitTurnAsync"/> writes nothing and returns <see cref="TurnCommitOutcome.AlreadyHandled"/>
/// when <see cref="TurnCommit.Update"/> was marked before (by an earlier commit or by <see cref="IProcessedUpdates"/>);
/// else nothing and <see cref="TurnCommitOutcome.Conflict"/> when <see cref="TurnCommit.State"/> is given and the stored
/// conversation's version is not <see cref="TurnCommit.ExpectedVersion"/> (0 = no stored conversation). Otherwise it
/// writes, together: the conversation with its version set to one more (also on the passed state object), the
/// profile, or with <see cref="TurnCommit.Forget"/> the erasure of both; the update's mark; the outgoing messages
/// as new outbox entries (ids as <see cref="IOutbox"/> says).</item>
/// <item><see cref="CompleteJobAsync"/> moves the job from <c>from</c> to the given job's state and adds the
/// messages as outbox entries, together; when the stored job is not in <c>from</c> any more it writes nothing
/// and returns null.</item>
/// <item>A marked update is remembered at least <see cref="IProcessedUpdates.RetentionPeriod"/>.</item>
/// </list>
/// </para>
/// </summary>
public interface ITurnStore
{
    /// <summary>Whether <paramref name="update"/> was committed before, so it needs no turn at all.</summary>
    Task<bool> WasHandledAsync(ChannelUpdate update, CancellationToken cancellationToken);

    Task<TurnCommitResult> CommitTurnAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Finishes a job and queues its messages in one write; null when the job had left <paramref name="from"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>?> CompleteJobAsync(ScheduledJob finished, JobState from, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
