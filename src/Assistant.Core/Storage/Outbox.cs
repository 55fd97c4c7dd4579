using Assistant.Core.Conversations;

namespace Assistant.Core.Storage;

/// <summary>Which messages go first when many wait: answers to someone waiting before everything not asked for.</summary>
public enum OutboxLane
{
    /// <summary>A reply to what a person just did.</summary>
    Reply = 0,

    /// <summary>A reminder, notice or newsletter: waits behind replies.</summary>
    Proactive = 1,
}

/// <summary>A message to be sent to a chat, as it is stored until the channel has sent it.</summary>
public sealed record OutboxMessage(long ChatId, OutboxLane Lane, OutgoingMessage Message);

/// <summary>A stored <see cref="OutboxMessage"/> with its id: ids grow in the order messages were queued.</summary>
public sealed record OutboxEntry(long Id, OutboxMessage Message)
{
    public long ChatId => Message.ChatId;

    public OutboxLane Lane => Message.Lane;
}

/// <summary>What became of an entry the channel took; either way it is not handed out again.</summary>
public enum OutboxOutcome
{
    Sent,

    /// <summary>Refused for good, or retried until giving up.</summary>
    GivenUp,

    /// <summary>The person blocked the bot: nothing can reach them.</summary>
    Unreachable,
}
