namespace Assistant.Core.Storage;

/// <summary>The outbox in memory, for tests and hosts without a store: the same contract, nothing kept across a restart.</summary>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, Held> _entries = [];
    private long _lastId;

    public Task<IReadOnlyList<OutboxEntry>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        return Task.FromResult(Add(messages));
    }

    /// <summary>Adds synchronously; for stores that add messages as part of a larger write.</summary>
    internal IReadOnlyList<OutboxEntry> Add(IReadOnlyList<OutboxMessage> messages)
    {
        lock (_lock)
        {
            var added = new List<OutboxEntry>(messages.Count);
            foreach (var message in messages)
            {
                var entry = new OutboxEntry(++_lastId, message);
                _entries[entry.Id] = new Held(entry);
                added.Add(entry);
            }

            return added;
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(string claimant, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var claimable = OutboxClaims.Claimable(
                _entries.Values.Select(h => (h.Entry, h.Claimant, h.LeaseUntil)), claimant, now, limit);
            foreach (var entry in claimable)
            {
                var held = _entries[entry.Id];
                held.Claimant = claimant;
                held.LeaseUntil = leaseUntil;
            }

            return Task.FromResult(claimable);
        }
    }

    public Task ReleaseAsync(string claimant, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var held in _entries.Values.Where(h => h.Claimant == claimant))
            {
                held.Claimant = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkDoneAsync(IReadOnlyCollection<long> ids, OutboxOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var id in ids)
            {
                _entries.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Held(OutboxEntry entry)
    {
        public OutboxEntry Entry { get; } = entry;

        public string? Claimant { get; set; }

        public DateTimeOffset LeaseUntil { get; set; }
    }
}

/// <summary>The claiming rule of <see cref="IOutbox"/>, shared by the stores that decide it in memory.</summary>
public static class OutboxClaims
{
    /// <summary>
    /// From the pending entries (any order) with their leases, the ones <paramref name="claimant"/> may take:
    /// replies first, oldest first, and none behind an older entry of its chat leased to someone else.
    /// </summary>
    public static IReadOnlyList<OutboxEntry> Claimable(
        IEnumerable<(OutboxEntry Entry, string? Claimant, DateTimeOffset LeaseUntil)> pending, string claimant, DateTimeOffset now, int limit)
    {
        var blockedChats = new HashSet<long>();
        var free = new List<OutboxEntry>();
        foreach (var (entry, holder, until) in pending.OrderBy(p => p.Entry.Id))
        {
            var leased = holder is not null && until > now;
            if (leased && holder != claimant)
            {
                blockedChats.Add(entry.ChatId);
            }

            if (leased || blockedChats.Contains(entry.ChatId))
            {
                continue;
            }

            free.Add(entry);
        }

        // Chats are taken whole, by their most urgent entry (lane, then age), each as an unbroken run from its
        // oldest free entry, until the limit: a sender never sends a chat's entries out of order, and a claim
        // always hands out something while anything is free, however many chats hold a reply behind a reminder.
        var claimable = new List<OutboxEntry>();
        var runs = free.GroupBy(e => e.ChatId).Select(g => g.ToList()).OrderBy(run => run.Select(e => (e.Lane, e.Id)).Min());
        foreach (var run in runs)
        {
            claimable.AddRange(run.Take(limit - claimable.Count));
            if (claimable.Count >= limit)
            {
                break;
            }
        }

        return claimable.OrderBy(e => e.Lane).ThenBy(e => e.Id).ToList();
    }
}
