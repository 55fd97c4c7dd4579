namespace Assistant.Core.Conversations;

/// <summary>What one turn produced: the replies, and what became of a pressed button.</summary>
public sealed record TurnResult(IReadOnlyList<OutgoingMessage> Replies)
{
    /// <summary>The label of the button the engine accepted, so a channel can mark the old keyboard as answered.</summary>
    public string? AcceptedButtonLabel { get; init; }

    /// <summary>True when a pressed button was forged, foreign or outdated and changed nothing.</summary>
    public bool ButtonRejected { get; init; }

    /// <summary>
    /// The outbox entries the turn committed (its replies first, then messages it sent to others), for the channel
    /// to send; null when the replies were not queued and the channel sends <see cref="Replies"/> itself.
    /// </summary>
    public IReadOnlyList<Storage.OutboxEntry>? Queued { get; init; }

    /// <summary>True when the message's <see cref="IncomingMessage.Update"/> was handled before: no turn ran.</summary>
    public bool AlreadyHandled { get; init; }
}

/// <summary>The one entry point every channel calls with what a user did.</summary>
public interface IConversationHandler
{
    Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}
