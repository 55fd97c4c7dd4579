using Assistant.Core.Tests.Support;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Dialogs;

public sealed class ButtonTests
{
    [Fact]
    public async Task Outdated_button_is_refused_and_changes_nothing()
    {
        var chat = new Conversation();
        await chat.SendAsync("/start");
        var oldKeep = chat.Buttons.Single(b => b.Label == "Deutsch");
        await chat.PressAsync("Deutsch");
        var before = await chat.StateAsync();

        var result = await chat.PressPayloadAsync(oldKeep.Payload);

        Assert.True(result.ButtonRejected);
        Assert.Equal([T("de", "dialog.button_outdated"), T("de", "onboarding.notice")], chat.LastTexts);
        var after = await chat.StateAsync();
        Assert.Equal(before!.Top!.StepId, after!.Top!.StepId);
        Assert.Equal(before.Top.PromptId, after.Top.PromptId);
    }

    [Theory]
    [InlineData("deadbeef:0")]
    [InlineData("garbage")]
    [InlineData(":")]
    [InlineData("")]
    public async Task Forged_button_is_refused_in_the_users_language(string payload)
    {
        var chat = new Conversation(clientLanguage: "ar");
        await chat.SendAsync("/start");

        var result = await chat.PressPayloadAsync(payload);

        Assert.True(result.ButtonRejected);
        Assert.Equal(T("ar", "dialog.button_outdated"), chat.LastTexts[0]);
        Assert.Equal("onboarding", (await chat.StateAsync())!.Top!.FlowId);
    }

    [Fact]
    public async Task Edited_button_index_beyond_the_options_is_refused()
    {
        var chat = new Conversation();
        await chat.SendAsync("/start");
        var promptId = chat.Buttons[0].Payload.Split(':')[0];

        var result = await chat.PressPayloadAsync(promptId + ":10");

        Assert.True(result.ButtonRejected);
    }

    [Fact]
    public async Task Another_users_button_is_refused()
    {
        var amina = new Conversation(userId: 1);
        await amina.SendAsync("/start");
        var foreign = amina.Buttons[0].Payload;
        var other = amina.OtherUser(2);
        await other.SendAsync("/start");

        var result = await other.PressPayloadAsync(foreign);

        Assert.True(result.ButtonRejected);
    }

    [Fact]
    public async Task Accepted_button_reports_its_label_so_the_channel_can_mark_the_choice()
    {
        var chat = new Conversation();
        await chat.SendAsync("/start");

        var result = await chat.PressAsync("Deutsch");

        Assert.False(result.ButtonRejected);
        Assert.Equal("Deutsch", result.AcceptedButtonLabel);
    }
}
