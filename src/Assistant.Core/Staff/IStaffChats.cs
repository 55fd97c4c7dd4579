using Assistant.Core.Conversations;

namespace Assistant.Core.Staff;

/// <summary>The staff chats by purpose; which real chat serves which purpose is configuration.</summary>
public enum StaffChatKind
{
    /// <summary>Social workers: requests for a person, questions the bot could not answer.</summary>
    General,

    /// <summary>Anti-discrimination counsellors only: discrimination reports.</summary>
    AntiDiscrimination,

    /// <summary>Volunteer coordinators: shift alerts, cancellations.</summary>
    Coordinators,
}

/// <summary>Where a staff post landed: the chat, the topic (one per ticket) and the message.</summary>
public sealed record StaffPost(StaffChatKind Kind, long ChatId, int? TopicId, int? MessageId);

/// <summary>
/// Posts into staff chats. On Telegram these are supergroups with topics; in the local chat, the
/// staff view of the web page. Buttons in staff posts carry commands (<c>/claim 42</c>) that come
/// back as <see cref="StaffChatMessage"/>s.
/// </summary>
public interface IStaffChats
{
    /// <summary>
    /// Posts a message; with <paramref name="newTopicTitle"/>, in a new topic of that name. Making the topic may
    /// need the chat to answer: when it cannot now, <see cref="StaffChatUnavailableException"/> says when to try again.
    /// </summary>
    Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken);

    /// <summary>Posts into an existing topic (or the chat itself when the post has no topic).</summary>
    Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>Something a person wrote or pressed in a staff chat.</summary>
public sealed record StaffChatMessage
{
    public required long ChatId { get; init; }

    public int? TopicId { get; init; }

    public required long FromUserId { get; init; }

    /// <summary>The sender's first name, for relaying staff answers when configured so; never logged.</summary>
    public string? FromFirstName { get; init; }

    public string? Text { get; init; }

    /// <summary>Payload of a pressed button in a staff post, such as <c>/claim 42</c>.</summary>
    public string? ButtonPayload { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
}

/// <summary>Handles what staff write in staff chats: commands, and answers in ticket topics.</summary>
public interface IStaffChatHandler
{
    /// <summary>Returns a reply for the staff chat (such as "not allowed"), or null.</summary>
    Task<OutgoingMessage?> HandleAsync(StaffChatMessage message, CancellationToken cancellationToken);
}
