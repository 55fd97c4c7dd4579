using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

/// <summary>Steps with <c>accept_attachments</c> take photos, documents and voice messages as answers; others still ask for text.</summary>
public sealed class AttachmentStepTests
{
    private static readonly Attachment Voice = new(AttachmentKind.Voice, "voice-1", null, "audio/ogg", 2048);
    private static readonly Attachment Photo = new(AttachmentKind.Photo, "photo-1", null, "image/jpeg", 4096);
    private readonly TestAttachmentsActions _actions = new();

    private async Task<Conversation> StartAsync()
    {
        var chat = new Conversation(extraActions: [_actions], flowsFolder: Path.Combine(TestFiles.TestFlows, "attachments"));
        await chat.OnboardAsync();
        await chat.Engine.BeginAsync(chat.UserId, "test-attachments", null, CancellationToken.None);
        return chat;
    }

    [Fact]
    public async Task A_voice_message_without_caption_answers_an_input_that_accepts_files()
    {
        var chat = await StartAsync();
        await chat.SendAsync("Amina");

        await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, Attachments = [Voice] });

        var (answer, files) = Assert.Single(_actions.Kept);
        Assert.Equal("", answer);
        Assert.Equal([Voice], files);
        Assert.Equal([T("de", "menu.help")], chat.LastTexts);
    }

    [Fact]
    public async Task A_choice_with_otherwise_takes_a_photo_with_its_caption_and_asks_again()
    {
        var chat = await StartAsync();
        await chat.SendAsync("Amina");
        await chat.SendAsync("Es war im Bus.");

        await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, Text = " Fahrkarte ", Attachments = [Photo] });
        await chat.PressAsync(T("de", "dialog.yes"));

        Assert.Equal(["Es war im Bus.", "Fahrkarte"], _actions.Kept.Select(k => k.Answer));
        Assert.Equal([Photo], _actions.Kept.Last().Files);
        Assert.Equal([T("de", "menu.prompt")], chat.LastTexts);
    }

    [Fact]
    public async Task An_input_without_the_option_still_asks_for_text_when_a_file_comes()
    {
        var chat = await StartAsync();

        await chat.SendAsync(new IncomingMessage { UserId = chat.UserId, Attachments = [Photo] });

        Assert.StartsWith(T("de", "validation.expected_text"), Assert.Single(chat.LastTexts), StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_on_a_step_that_cannot_take_files_stops_the_start()
    {
        var flow = new FlowDefinition("home", "home.yaml", [new StepDefinition { Id = "sure", Kind = StepKind.Confirm, Text = "menu.prompt", AcceptAttachments = true }], [], null);
        var settings = new EngineSettings { FirstContactFlow = "home", HomeFlow = "home" };

        var error = Assert.Throws<DialogDefinitionException>(() => new FlowRegistry([flow], [], settings, Texts));

        Assert.Contains("home.yaml: step 'sure': accept_attachments works on input steps and on choices with 'otherwise'.", error.Message, StringComparison.Ordinal);
    }
}
