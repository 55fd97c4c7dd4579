using Assistant.Telegram.Fakes;

namespace Assistant.Telegram.Tests;

/// <summary>
/// One person in their private chat with the bot: does something, then waits for the answer among the
/// messages that arrive after it. Counted from the action on, because a pressed question is edited to show
/// the choice and the same question may come again (a multiple choice), so counting equal texts would mislead.
/// </summary>
internal sealed class ChatUser(FakeBotApi fake, long id, string language, string firstName = "Amina")
{
    public long Id => id;

    public Task<SentMessage> SayAsync(string text, string expected) => SayAsync(text, t => t == expected, expected);

    public Task<SentMessage> SayAsync(string text, Func<string, bool> expected, string what) =>
        DoAsync(() => fake.SendText(id, text, language, firstName), expected, what);

    /// <summary>Presses <paramref name="label"/> on the latest message that has it.</summary>
    public Task<SentMessage> PressAsync(string label, string expected) => PressAsync(label, t => t == expected, expected);

    public Task<SentMessage> PressAsync(string label, Func<string, bool> expected, string what)
    {
        // Arabic and Persian buttons carry direction marks (and "،") that a label made in the test lacks.
        static string Plain(string text) => Assistant.Core.Dialogs.InputValidator.StripInvisible(text).Replace('،', ',');
        var message = fake.MessagesTo(id).LastOrDefault(m => m.AllButtons.Any(b => Plain(b.Label) == Plain(label)))
            ?? throw new InvalidOperationException($"No button '{label}' in the chat with {id}");
        return PressAsync(message, message.AllButtons.First(b => Plain(b.Label) == Plain(label)).Label, expected, what);
    }

    public Task<SentMessage> PressAsync(SentMessage message, string label, string expected) =>
        PressAsync(message, label, t => t == expected, expected);

    public Task<SentMessage> PressAsync(SentMessage message, string label, Func<string, bool> expected, string what) =>
        DoAsync(() => fake.Press(id, message, label, language), expected, what);

    /// <summary>Does anything (sends a sticker, a photo) and waits for the answer.</summary>
    public async Task<SentMessage> DoAsync(Action act, Func<string, bool> expected, string what)
    {
        var before = fake.MessagesTo(id).Count;
        act();
        return await NewMessageAsync(before, expected, what).ConfigureAwait(false);
    }

    /// <summary>How many messages the bot has sent to this chat so far: where to count from for <see cref="ReceivesAsync(string, int)"/>.</summary>
    public int Received => fake.MessagesTo(id).Count;

    /// <summary>/start in the app's language and agrees to the privacy notice: ends at the main menu.</summary>
    public async Task OnboardAsync()
    {
        await SayAsync("/start", T("onboarding.notice")).ConfigureAwait(false);
        await PressAsync(T("onboarding.agree"), T("menu.prompt")).ConfigureAwait(false);
    }

    /// <summary>From a registration's childcare question: no childcare, no interpreter, nothing else; ends at the consent question.</summary>
    public async Task NoNeedsAsync()
    {
        await PressAsync(T("dialog.no"), T("workshops.ask_interpreter")).ConfigureAwait(false);
        await PressAsync(T("dialog.no"), T("workshops.ask_accessibility")).ConfigureAwait(false);
        await PressAsync(T("dialog.no"), T("workshops.ask_data_consent")).ConfigureAwait(false);
    }

    /// <summary>Waits for a message the bot sends on its own (a reminder, an offer), among all or among those after the first <paramref name="after"/>.</summary>
    public Task<SentMessage> ReceivesAsync(string expected, int after = 0) => NewMessageAsync(after, t => t == expected, expected);

    private async Task<SentMessage> NewMessageAsync(int before, Func<string, bool> expected, string what)
    {
        try
        {
            await fake.WaitUntilAsync(f => f.MessagesTo(id).Skip(before).Any(m => expected(m.Text ?? "")), what: $"'{what}' to {id}").ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\nMessages to {id} meanwhile: {string.Join(" | ", fake.TextsTo(id).Skip(before))}", e);
        }

        return fake.MessagesTo(id).Skip(before).Last(m => expected(m.Text ?? ""));
    }

    private string T(string key, params (string Name, string Value)[] values) => TelegramTestHost.T(language, key, values);
}
