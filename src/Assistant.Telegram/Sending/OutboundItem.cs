using Assistant.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace Assistant.Telegram.Sending;

/// <summary>Whether a message answers someone who is waiting, or was not asked for (reminders, bulk notices).</summary>
public enum SendPriority
{
    /// <summary>A reply: goes before any proactive message that is waiting.</summary>
    Reply,

    /// <summary>A proactive message: waits behind replies, so a mass reminder does not make the bot feel slow.</summary>
    Proactive,
}

/// <summary>One Bot API call the outbound queue makes for a chat, in the chat's order.</summary>
internal abstract record OutboundItem(long ChatId, SendPriority Priority)
{
    /// <summary>Counts against the chat's per-second budget; edits do not, as they add no message.</summary>
    public virtual bool IsNewMessage => true;

    /// <summary>The outbox entry this call belongs to, told when the call is done; null for calls not from the outbox.</summary>
    public OutboxTicket? Ticket { get; init; }
}

/// <summary>A text; in a staff supergroup with topics, <paramref name="ThreadId"/> names the topic.</summary>
internal sealed record TextItem(long ChatId, SendPriority Priority, string Text, ReplyMarkup? Markup, int? ThreadId = null) : OutboundItem(ChatId, Priority);

internal sealed record FileItem(long ChatId, SendPriority Priority, OutgoingFile File, ReplyMarkup? Markup) : OutboundItem(ChatId, Priority);

/// <summary>
/// Marks a keyboard as answered: the message keeps its text, shows the choice, and loses its buttons,
/// so the same keyboard cannot be pressed twice.
/// </summary>
internal sealed record ChoiceMarkItem(long ChatId, int MessageId, string? OriginalText, string Label) : OutboundItem(ChatId, SendPriority.Reply)
{
    public override bool IsNewMessage => false;
}
