using Assistant.Core.Conversations;

namespace Assistant.Workshops.Tests.Support;

/// <summary>One user talking to the world's engine: send, press, and look at what came back, in the chat or proactively.</summary>
internal sealed class Participant(WorkshopWorld world, long userId, string language)
{
    public long UserId { get; } = userId;

    public string Language { get; } = language;

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public IReadOnlyList<string> ButtonLabels => Buttons.Select(b => b.Label).ToList();

    /// <summary>What the bot sent without being asked (reminders, offers), oldest first.</summary>
    public IReadOnlyList<OutgoingMessage> Inbox => world.Messenger.To(UserId);

    public string T(string key, params (string Name, string Value)[] values) => WorkshopWorld.T(Language, key, values);

    public Task<TurnResult> SendAsync(string text) =>
        HandleAsync(new IncomingMessage { UserId = UserId, Text = text, ClientLanguage = Language, FirstName = "Amina" });

    public Task<TurnResult> SendAsync(IncomingMessage message) => HandleAsync(message);

    /// <summary>Presses the button with this label among the latest replies.</summary>
    public Task<TurnResult> PressAsync(string label) => PressPayloadAsync(Find(Buttons, label).Payload);

    /// <summary>Presses a button of the latest proactive message that has one with this label.</summary>
    public Task<TurnResult> PressInInboxAsync(string label) =>
        PressPayloadAsync(Find(Inbox.SelectMany(m => m.Buttons.SelectMany(row => row)).ToList(), label).Payload);

    public Task<TurnResult> PressPayloadAsync(string payload) =>
        HandleAsync(new IncomingMessage { UserId = UserId, ButtonPayload = payload, ClientLanguage = Language });

    /// <summary>Presses the button whose label starts with <paramref name="prefix"/> (labels with counts or dates).</summary>
    public Task<TurnResult> PressStartingWithAsync(string prefix) =>
        PressPayloadAsync(Buttons.LastOrDefault(b => b.Label.StartsWith(prefix, StringComparison.Ordinal))?.Payload
            ?? throw new InvalidOperationException($"No button starting with '{prefix}' in: {string.Join(" | ", ButtonLabels)}"));

    private static Button Find(IReadOnlyList<Button> buttons, string label) =>
        buttons.LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", buttons.Select(b => b.Label))}");

    private async Task<TurnResult> HandleAsync(IncomingMessage message)
    {
        Last = await world.Engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }
}
