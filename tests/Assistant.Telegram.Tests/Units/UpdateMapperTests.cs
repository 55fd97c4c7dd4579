using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Telegram.Receiving;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Tests.Units;

public sealed class UpdateMapperTests
{
    private const string From = """ "from": {"id": 77, "is_bot": false, "first_name": "Amina", "language_code": "ar-SY"}, "chat": {"id": 77, "type": "private"}, "date": 1760000000, "message_id": 5 """;

    [Fact]
    public void Deep_link_goes_to_the_engine_as_typed()
    {
        var incoming = Map("""{ "text": "/start ws-42", "entities": [{"type": "bot_command", "offset": 0, "length": 6}] }""");

        Assert.Equal(new IncomingMessage { UserId = 77, Text = "/start ws-42", ClientLanguage = "ar-SY", FirstName = "Amina" }, incoming);
    }

    [Fact]
    public void Shared_contact_and_location_are_kept()
    {
        var contact = Map("""{ "contact": {"phone_number": "+491711234567", "first_name": "Amina", "user_id": 77} }""");
        var location = Map("""{ "location": {"latitude": 52.52, "longitude": 13.405} }""");

        Assert.Equal(new SharedContact("+491711234567", "Amina", 77), contact!.Contact);
        Assert.Equal(new SharedLocation(52.52, 13.405), location!.Location);
    }

    [Fact]
    public void Photo_keeps_its_largest_size_and_caption()
    {
        var incoming = Map("""
            { "caption": "Mein Bescheid", "photo": [
                {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 1000},
                {"file_id": "large", "file_unique_id": "l", "width": 1280, "height": 1280, "file_size": 90000} ] }
            """);

        Assert.Equal("Mein Bescheid", incoming!.Text);
        Assert.Equal(new Attachment(AttachmentKind.Photo, "large", null, "image/jpeg", 90000), Assert.Single(incoming.Attachments));
    }

    [Fact]
    public void Document_and_voice_message_are_kept_as_attachments()
    {
        var document = Map("""{ "document": {"file_id": "d1", "file_unique_id": "d", "file_name": "Antrag.pdf", "mime_type": "application/pdf", "file_size": 2048} }""");
        var voice = Map("""{ "voice": {"file_id": "v1", "file_unique_id": "v", "duration": 4, "mime_type": "audio/ogg", "file_size": 700} }""");

        Assert.Equal(new Attachment(AttachmentKind.Document, "d1", "Antrag.pdf", "application/pdf", 2048), Assert.Single(document!.Attachments));
        Assert.Equal(new Attachment(AttachmentKind.Voice, "v1", null, "audio/ogg", 700), Assert.Single(voice!.Attachments));
    }

    [Fact]
    public void Sticker_is_content_the_engine_cannot_read()
    {
        var incoming = Map("""{ "sticker": {"file_id": "s1", "file_unique_id": "s", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false} }""");

        Assert.True(incoming!.IsUnsupportedContent);
        Assert.Null(incoming.Text);
    }

    [Fact]
    public void Service_message_needs_no_answer()
    {
        Assert.Null(Map("""{ "message_auto_delete_timer_changed": {"message_auto_delete_time": 86400} }"""));
    }

    private static IncomingMessage? Map(string content)
    {
        var json = content.Trim().TrimEnd('}') + "," + From + "}";
        return UpdateMapper.ToIncoming(JsonSerializer.Deserialize<Message>(json, JsonBotAPI.Options)!);
    }
}
