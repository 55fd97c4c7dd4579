using Assistant.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram.Receiving;

/// <summary>Maps Telegram messages to the core's <see cref="IncomingMessage"/>; Telegram types stop here.</summary>
internal static class UpdateMapper
{
    /// <summary>The chat an update belongs to, which decides its place in line; null for kinds without a chat.</summary>
    public static long? ChatOf(Update update) => update.Type switch
    {
        UpdateType.Message => update.Message!.Chat.Id,
        UpdateType.CallbackQuery => update.CallbackQuery!.Message?.Chat.Id ?? update.CallbackQuery.From.Id,
        _ => null,
    };

    /// <summary>What the user sent, or null for service messages (pinned, timer changed, ...) that need no answer.</summary>
    public static IncomingMessage? ToIncoming(Message message)
    {
        var from = message.From!;
        var incoming = new IncomingMessage
        {
            UserId = from.Id,
            ClientLanguage = from.LanguageCode,
            FirstName = from.FirstName,
        };

        return message.Type switch
        {
            // Commands and deep links ("/start payload", "/menu@bot") go as typed: the engine parses them.
            MessageType.Text => incoming with { Text = message.Text },
            MessageType.Contact => incoming with
            {
                Contact = new SharedContact(message.Contact!.PhoneNumber, message.Contact.FirstName, message.Contact.UserId),
            },
            MessageType.Location => incoming with { Location = new SharedLocation(message.Location!.Latitude, message.Location.Longitude) },
            MessageType.Venue => incoming with { Location = new SharedLocation(message.Venue!.Location.Latitude, message.Venue.Location.Longitude) },
            MessageType.Photo => incoming with
            {
                Text = message.Caption,
                // Telegram lists the sizes of one photo from small to large; the largest is the one worth keeping.
                Attachments = [new Attachment(AttachmentKind.Photo, message.Photo![^1].FileId, null, "image/jpeg", message.Photo[^1].FileSize)],
            },
            MessageType.Document => incoming with
            {
                Text = message.Caption,
                Attachments = [new Attachment(AttachmentKind.Document, message.Document!.FileId, message.Document.FileName, message.Document.MimeType, message.Document.FileSize)],
            },
            MessageType.Voice => incoming with
            {
                Text = message.Caption,
                Attachments = [new Attachment(AttachmentKind.Voice, message.Voice!.FileId, null, message.Voice.MimeType, message.Voice.FileSize)],
            },
            _ when message.IsServiceMessage => null,
            // Stickers, GIFs, videos, polls, dice, ...: the engine asks for text instead.
            _ => incoming with { IsUnsupportedContent = true },
        };
    }
}
