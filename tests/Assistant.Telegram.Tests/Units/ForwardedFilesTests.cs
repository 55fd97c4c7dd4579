using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Telegram.Buttons;
using Assistant.Telegram.Sending;

namespace Assistant.Telegram.Tests.Units;

/// <summary>Files users sent are passed on by Telegram's file id, after the message's text.</summary>
public sealed class ForwardedFilesTests
{
    private readonly OutboundMapper _mapper = new(
        new CallbackData("123456789:FAKE-token-for-tests_0123456789abcdef"),
        TelegramTestHost.Texts,
        new InMemoryUserProfileStore());

    [Fact]
    public async Task Attachments_follow_the_text_as_forwarded_files_by_their_id()
    {
        var photo = new Attachment(AttachmentKind.Photo, "photo-id", null, "image/jpeg", 100);
        var voice = new Attachment(AttachmentKind.Voice, "voice-id", null, "audio/ogg", 200);

        var items = await _mapper.MapAsync(-100123, [new OutgoingMessage { Text = "Meldung AD-2026-0001", Attachments = [photo, voice] }], SendPriority.Reply, CancellationToken.None);

        Assert.IsType<TextItem>(items[0]);
        Assert.Equal([photo, voice], items.Skip(1).Select(i => Assert.IsType<ForwardedFileItem>(i).File));
        Assert.All(items, i => Assert.Equal(-100123, i.ChatId));
    }
}
