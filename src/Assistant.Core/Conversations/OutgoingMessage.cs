namespace Assistant.Core.Conversations;

/// <summary>A message the bot sends, channel-neutral. Buttons are rows of buttons.</summary>
public sealed record OutgoingMessage
{
    public required string Text { get; init; }

    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public TextDirection Direction { get; init; } = TextDirection.LeftToRight;

    /// <summary>Asks the channel for a "share my phone number" button (Telegram's contact request).</summary>
    public bool RequestsContact { get; init; }

    /// <summary>A file to send along, such as an .ics calendar entry.</summary>
    public OutgoingFile? File { get; init; }

    /// <summary>
    /// Files a user sent, passed on by the channel's own id after the text (a report's photos to the
    /// counsellor who took it, a staff member's document to a participant). The bytes never pass through the bot.
    /// </summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    public static OutgoingMessage Plain(string text, TextDirection direction = TextDirection.LeftToRight) =>
        new() { Text = text, Direction = direction };
}

/// <summary>
/// A button. <see cref="Payload"/> is opaque to channels: the engine issues it and checks it when it
/// comes back, so a forged or outdated press is recognised.
/// </summary>
public sealed record Button(string Label, string Payload);

public sealed record OutgoingFile(string FileName, string MimeType, byte[] Content);

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
