using Assistant.Core.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Sending;

/// <summary>
/// A photo, document or voice message a user sent, passed on by Telegram's file id (a report's evidence
/// to the counsellor, a participant's photo into the ticket's topic). The bytes never pass through the bot.
/// </summary>
internal sealed record ForwardedFileItem(long ChatId, SendPriority Priority, Attachment File, int? ThreadId = null) : OutboundItem(ChatId, Priority)
{
    public Task SendAsync(ITelegramBotClient bot, CancellationToken cancellationToken)
    {
        var file = InputFile.FromFileId(File.FileId);
        return File.Kind switch
        {
            AttachmentKind.Photo => bot.SendPhoto(ChatId, file, messageThreadId: ThreadId, cancellationToken: cancellationToken),
            AttachmentKind.Voice => bot.SendVoice(ChatId, file, messageThreadId: ThreadId, cancellationToken: cancellationToken),
            _ => bot.SendDocument(ChatId, file, messageThreadId: ThreadId, cancellationToken: cancellationToken),
        };
    }
}
