using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;

namespace Assistant.Testing;

/// <summary>
/// One user talking to the real engine, the way BotBuilder's DialogTestClient works: send, press, and look
/// at what came back, in the chat or (with a messenger) proactively.
/// </summary>
public class Participant(DialogEngine engine, long userId, string? language, RecordingMessenger? messenger = null)
{
    public Participant(TestWorld world, long userId, string? language)
        : this(world.Engine, userId, language, world.Messenger)
    {
    }

    public long UserId { get; } = userId;

    /// <summary>The language the user's Telegram client reports (none for some clients).</summary>
    public string? Language { get; } = language;

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public string AllText => string.Join("\n", LastTexts);

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public IReadOnlyList<string> ButtonLabels => Buttons.Select(b => b.Label).ToList();

    /// <summary>What the bot sent without being asked (reminders, offers, staff answers), oldest first.</summary>
    public IReadOnlyList<OutgoingMessage> Inbox =>
        (messenger ?? throw new InvalidOperationException("This participant has no messenger to look in.")).To(UserId);

    /// <summary>The text for <paramref name="key"/> in the participant's language.</summary>
    public string T(string key, params (string Name, string Value)[] values) =>
        TestTexts.T(Language ?? throw new InvalidOperationException("This participant's client reports no language."), key, values);

    public Task<TurnResult> SendAsync(string text) =>
        SendAsync(new IncomingMessage { UserId = UserId, Text = text, ClientLanguage = Language, FirstName = "Amina" });

    public virtual async Task<TurnResult> SendAsync(IncomingMessage message)
    {
        Last = await engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }

    public Task<TurnResult> SendFilesAsync(string? caption, params Attachment[] files) =>
        SendAsync(new IncomingMessage { UserId = UserId, Text = caption, Attachments = files, ClientLanguage = Language });

    /// <summary>Presses the button with this label among the latest replies.</summary>
    public virtual Task<TurnResult> PressAsync(string label) => PressPayloadAsync(Find(Buttons, label).Payload);

    /// <summary>Presses a button of a message the bot sent on its own (a reminder, an offer).</summary>
    public Task<TurnResult> PressAsync(OutgoingMessage message, string label)
    {
        var button = message.Buttons.SelectMany(row => row).FirstOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' under: {message.Text}");
        return PressPayloadAsync(button.Payload);
    }

    /// <summary>Presses a button of the latest proactive message that has one with this label.</summary>
    public Task<TurnResult> PressInInboxAsync(string label) => PressPayloadAsync(Find(InboxButtons, label).Payload);

    /// <summary>Presses the button whose label starts with <paramref name="prefix"/> (labels with counts or dates).</summary>
    public Task<TurnResult> PressStartingWithAsync(string prefix) =>
        PressPayloadAsync(Buttons.LastOrDefault(b => b.Label.StartsWith(prefix, StringComparison.Ordinal))?.Payload
            ?? throw new InvalidOperationException($"No button starting with '{prefix}' in: {string.Join(" | ", ButtonLabels)}"));

    public Task<TurnResult> PressPayloadAsync(string payload) =>
        SendAsync(new IncomingMessage { UserId = UserId, ButtonPayload = payload, ClientLanguage = Language });

    /// <summary>Starts in the language the client reports and agrees to the privacy notice with one tap: the menu is showing.</summary>
    public async Task OnboardAsync()
    {
        await SendAsync("/start");
        await ChooseAsync("onboarding.agree");
    }

    /// <summary>Presses the button labelled with the text of <paramref name="key"/> in the participant's language.</summary>
    public Task<TurnResult> ChooseAsync(string key) => PressAsync(T(key));

    protected IReadOnlyList<Button> InboxButtons => Inbox.SelectMany(m => m.Buttons.SelectMany(row => row)).ToList();

    private static Button Find(IReadOnlyList<Button> buttons, string label) =>
        buttons.LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", buttons.Select(b => b.Label))}");
}
