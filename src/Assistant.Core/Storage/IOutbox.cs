namespace Assistant.Core.Storage;

/// <summary>
/// Messages waiting to be sent, kept in the store so that a crash loses none of them. Messages are added by
/// a turn or a timed job in the same transaction as their other writes (see <see cref="ITurnStore"/>), or
/// alone by <see cref="EnqueueAsync"/>; the channel's sender claims them, sends them, and marks them done.
/// <para>
/// The contract, for every provider:
/// <list type="bullet">
/// <item>Ids are unique, positive and grow in the order the messages were added (within one call, in list order).</item>
/// <item><see cref="ClaimAsync"/> hands out entries not yet marked done whose lease is free or has run out,
/// all of <see cref="OutboxLane.Reply"/> before any of <see cref="OutboxLane.Proactive"/>, and oldest first
/// within a lane. It leases what it hands out to the claimant until the given time. It never hands out an
/// entry while an older entry of the same chat is leased to another claimant and not done: a chat's messages
/// are sent by one sender at a time, in order.</item>
/// <item>An entry marked done (<see cref="MarkDoneAsync"/>) is never handed out again; marking an unknown or
/// already finished id is no error.</item>
/// <item>A sender that dies lets its leases run out; the entries are then handed out again. A message whose
/// send reached Telegram but whose mark did not reach the store is therefore sent twice: at most once more.</item>
/// </list>
/// </para>
/// </summary>
public interface IOutbox
{
    /// <summary>Adds <paramref name="messages"/> in one write and returns them with their ids.</summary>
    Task<IReadOnlyList<OutboxEntry>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> entries to <paramref name="claimant"/> until <paramref name="leaseUntil"/>,
    /// as the interface describes; <paramref name="now"/> decides which leases ran out. Entries leased to
    /// <paramref name="claimant"/> itself are not handed out again until their lease runs out; a later entry of
    /// the same chat is, as the claimant sends a chat's entries in order itself.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Marks entries done: sent, given up or unreachable. They are not handed out again.</summary>
    Task MarkDoneAsync(IReadOnlyCollection<long> ids, OutboxOutcome outcome, CancellationToken cancellationToken);
}
