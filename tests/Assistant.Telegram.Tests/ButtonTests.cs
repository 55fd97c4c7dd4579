using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class ButtonTests
{
    private const long User = 5101;
    private const long OtherUser = 5102;

    [Theory]
    [InlineData("edited data")]
    [InlineData("made up")]
    [InlineData("another user's")]
    [InlineData("an old menu")]
    public async Task Forged_button_press_is_refused_and_changes_nothing(string forgery)
    {
        await using var host = await StartAsync();
        var fake = host.Fake;
        var keep = Texts.NativeName("de");
        fake.SendText(User, "/start", "de");
        var question = (await host.MessagesAsync(User, 2))[1];
        var sent = 2;
        var pressed = question;
        string data;
        switch (forgery)
        {
            case "edited data":
                // The "Deutsch" button's signed data with the next button's index: the signature no longer fits.
                data = question.DataOf(keep).Replace(":2|", ":3|", StringComparison.Ordinal);
                break;
            case "made up":
                data = "deadbeef:0|AAAAAAAA";
                break;
            case "another user's":
                fake.SendText(OtherUser, "/start", "de");
                data = (await host.MessagesAsync(OtherUser, 2))[1].DataOf(keep);
                break;
            default:
                // The first screen's keyboard as the user saw it, pressed again after they went on.
                fake.Press(User, question, keep);
                question = (await host.MessagesAsync(User, 4))[3];
                data = pressed.AllButtons.Last().Data;
                sent = 4;
                break;
        }

        var editsBefore = fake.CallsOf("editMessageText").Count;
        fake.PressWithData(User, pressed, data);
        var after = await host.MessagesAsync(User, sent + 2);

        Assert.Equal(T("de", "dialog.button_outdated"), after[sent].Text);
        Assert.Equal(question.Text, after[sent + 1].Text);
        Assert.Equal(editsBefore, fake.CallsOf("editMessageText").Count);
        await fake.WaitUntilAsync(f => f.CallsOf("answerCallbackQuery").Count == (forgery == "an old menu" ? 2 : 1), what: "every press answered");

        // Nothing changed: the question the user is at still takes its real buttons.
        var next = question.AllButtons.First().Label;
        fake.Press(User, after[sent + 1], next);
        var moved = await host.MessagesAsync(User, sent + 3);
        Assert.NotEqual(T("de", "dialog.button_outdated"), moved[sent + 2].Text);
    }

    [Fact]
    public async Task Chosen_button_shows_the_choice_and_cannot_be_pressed_twice()
    {
        await using var host = await StartAsync();
        var fake = host.Fake;
        var keep = Texts.NativeName("de");
        fake.SendText(User, "/start", "de");
        var question = (await host.MessagesAsync(User, 2))[1];

        // Two quick presses of the same keyboard, delivered together.
        fake.Press(User, question, keep);
        fake.Press(User, question, Texts.NativeName("en"));
        var all = await host.MessagesAsync(User, 6);

        Assert.Equal(question.Text + "\n\n✓ " + keep, all[1].Text);
        Assert.Empty(all[1].Buttons);
        Assert.Equal(1, all[1].Edits);
        Assert.Equal(
            [T("de", "onboarding.welcome"), T("de", "onboarding.notice"), T("de", "dialog.button_outdated"), T("de", "onboarding.notice")],
            all.Skip(2).Select(m => m.Text));
        await fake.WaitUntilAsync(f => f.CallsOf("answerCallbackQuery").Count == 2, what: "both presses answered");
    }
}
