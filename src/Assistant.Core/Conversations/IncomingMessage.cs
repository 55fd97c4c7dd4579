namespace Assistant.Core.Conversations;

/// <summary>
/// One thing a user did, as every channel reports it: typed text, a command, a button press,
/// a shared contact or location, or files. Channels map their own update types to this.
/// </summary>
public sealed record IncomingMessage
{
    /// <summary>The user; for private chats also the conversation.</summary>
    public required long UserId { get; init; }

    /// <summary>Typed text or a command such as <c>/start payload</c>. Null for a pure button press or a sticker.</summary>
    public string? Text { get; init; }

    /// <summary>Payload of a pressed button, exactly as the engine issued it (see <see cref="Button"/>).</summary>
    public string? ButtonPayload { get; init; }

    /// <summary>The language the user's app runs in (IETF tag such as "de" or "ar-SY"), when the channel knows it.</summary>
    public string? ClientLanguage { get; init; }

    /// <summary>The user's first name as the channel shows it; never logged.</summary>
    public string? FirstName { get; init; }

    public SharedContact? Contact { get; init; }

    public SharedLocation? Location { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>True when the user sent something that carries no text (a sticker, a GIF, a poll, ...).</summary>
    public bool IsUnsupportedContent { get; init; }

    /// <summary>
    /// The channel's delivery this came in. When set, the turn's replies are committed to the outbox together
    /// with its other writes and the mark that the update was handled (<see cref="TurnResult.Queued"/>), and a
    /// delivery that was handled before runs no turn (<see cref="TurnResult.AlreadyHandled"/>).
    /// </summary>
    public Storage.ChannelUpdate? Update { get; init; }

    /// <summary>Messages that go before the turn's replies, committed with them (a note on messages not taken).</summary>
    public IReadOnlyList<OutgoingMessage> Preface { get; init; } = [];
}

public sealed record SharedContact(string PhoneNumber, string? FirstName, long? UserId);

public sealed record SharedLocation(double Latitude, double Longitude);

public enum AttachmentKind
{
    Photo,
    Document,
    Voice,
}

/// <summary>A file the user sent, referenced by the channel's own id; the bytes stay with the channel.</summary>
public sealed record Attachment(AttachmentKind Kind, string FileId, string? FileName, string? MimeType, long? Size);
