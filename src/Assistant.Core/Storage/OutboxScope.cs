namespace Assistant.Core.Storage;

/// <summary>
/// Collects the messages a piece of work sends to people (a timed job, a turn) so that they are committed
/// to the outbox together with the work's own writes, and not at all if the work fails. A channel's messenger
/// adds to the scope that is open in its call's async flow; with none open it queues at once.
/// </summary>
public sealed class OutboxScope : IDisposable
{
    private static readonly AsyncLocal<OutboxScope?> Open = new();
    private readonly OutboxScope? _outer;
    private readonly List<OutboxMessage> _messages = [];
    private readonly Lock _lock = new();

    private OutboxScope(OutboxScope? outer) => _outer = outer;

    /// <summary>The innermost scope open in this async flow, if any.</summary>
    public static OutboxScope? Current => Open.Value;

    /// <summary>Messages added so far, in the order they were added.</summary>
    public IReadOnlyList<OutboxMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Opens a scope for the rest of the calling async flow, until disposed.</summary>
    public static OutboxScope Begin()
    {
        var scope = new OutboxScope(Open.Value);
        Open.Value = scope;
        return scope;
    }

    public void Add(IEnumerable<OutboxMessage> messages)
    {
        lock (_lock)
        {
            _messages.AddRange(messages);
        }
    }

    public void Dispose() => Open.Value = _outer;
}

/// <summary>
/// Hands newly committed outbox entries to the channel's sender in this process, so they go out at once
/// instead of at the sender's next look into the store. Without a sender connected (the local chat) it does nothing.
/// </summary>
public sealed class OutboxFeed
{
    private Func<IReadOnlyList<OutboxEntry>, CancellationToken, ValueTask>? _sender;

    /// <summary>Connects the sender; the last one connected receives everything.</summary>
    public void Connect(Func<IReadOnlyList<OutboxEntry>, CancellationToken, ValueTask> sender) => Volatile.Write(ref _sender, sender);

    /// <summary>True once a sender takes entries: messages to people should then go through the outbox.</summary>
    public bool IsConnected => Volatile.Read(ref _sender) is not null;

    public ValueTask HandOverAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken) =>
        entries.Count == 0 || Volatile.Read(ref _sender) is not { } sender ? ValueTask.CompletedTask : sender(entries, cancellationToken);
}
