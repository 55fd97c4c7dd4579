using Assistant.Core.Conversations;

namespace Assistant.Handoff.Tests.Support;

/// <summary>One participant talking to the real engine: send, press, send files, and look at what came back.</summary>
internal sealed class Participant(HandoffWorld world, long userId, string language)
{
    public long UserId { get; } = userId;

    public string Language { get; } = language;

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public IReadOnlyList<string> ButtonLabels => Buttons.Select(b => b.Label).ToList();

    /// <summary>Messages the bot sent without being asked (staff answers, ticket news).</summary>
    public IReadOnlyList<OutgoingMessage> Inbox => world.Messenger.To(UserId);

    public string T(string key, params (string Name, string Value)[] values) => HandoffWorld.T(Language, key, values);

    public Task<TurnResult> SendAsync(string text) =>
        HandleAsync(new IncomingMessage { UserId = UserId, Text = text, ClientLanguage = Language, FirstName = "Amina" });

    public Task<TurnResult> SendFilesAsync(string? caption, params Attachment[] files) =>
        HandleAsync(new IncomingMessage { UserId = UserId, Text = caption, Attachments = files, ClientLanguage = Language });

    /// <summary>Presses the button with this label, looking first at the latest reply, then at the messages the bot sent on its own.</summary>
    public Task<TurnResult> PressAsync(string label)
    {
        var button = Buttons.LastOrDefault(b => b.Label == label)
            ?? Inbox.SelectMany(m => m.Buttons.SelectMany(r => r)).LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ButtonLabels)}");
        return HandleAsync(new IncomingMessage { UserId = UserId, ButtonPayload = button.Payload, ClientLanguage = Language });
    }

    /// <summary>Presses the button labelled with the text of <paramref name="key"/> in the participant's language.</summary>
    public Task<TurnResult> ChooseAsync(string key) => PressAsync(T(key));

    private async Task<TurnResult> HandleAsync(IncomingMessage message)
    {
        Last = await world.Engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }
}
