using Assistant.Core.Conversations;

namespace Assistant.Volunteers.Tests.Support;

/// <summary>One user talking to the real engine: send, press, and look at what came back.</summary>
internal sealed class Chat(VolunteerWorld world, long userId, string? clientLanguage)
{
    public long UserId => userId;

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public string AllText => string.Join("\n", LastTexts);

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public IReadOnlyList<string> ButtonLabels => Buttons.Select(b => b.Label).ToList();

    public Task<TurnResult> SendAsync(string text) =>
        HandleAsync(new IncomingMessage { UserId = userId, Text = text, ClientLanguage = clientLanguage, FirstName = "Amina" });

    /// <summary>Presses the button with this label on the latest reply that has buttons.</summary>
    public Task<TurnResult> PressAsync(string label)
    {
        var button = Buttons.LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ButtonLabels)}");
        return PressPayloadAsync(button.Payload);
    }

    /// <summary>Presses a button of a message the bot sent on its own (a reminder, an offer).</summary>
    public Task<TurnResult> PressAsync(OutgoingMessage message, string label)
    {
        var button = message.Buttons.SelectMany(row => row).FirstOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' under: {message.Text}");
        return PressPayloadAsync(button.Payload);
    }

    public Task<TurnResult> PressPayloadAsync(string payload) =>
        HandleAsync(new IncomingMessage { UserId = userId, ButtonPayload = payload, ClientLanguage = clientLanguage });

    private async Task<TurnResult> HandleAsync(IncomingMessage message)
    {
        Last = await world.Engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }
}
