using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;

namespace Assistant.Core.Dialogs;

/// <summary>One turn in progress: the message, the user, and the replies collected so far.</summary>
internal sealed class TurnContext(IncomingMessage message, UserProfile profile, TextCatalog texts, DateOnly today)
{
    private readonly List<OutgoingMessage> _replies = [];

    public IncomingMessage Message { get; } = message;

    public UserProfile Profile { get; private set; } = profile;

    public bool ProfileChanged { get; set; }

    public TextCatalog Texts { get; } = texts;

    public DateOnly Today { get; } = today;

    public string Language => Profile.Language ?? Languages.Reference;

    public TextDirection Direction => Texts.DirectionOf(Language);

    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    public string? AcceptedButtonLabel { get; set; }

    public bool ButtonRejected { get; set; }

    /// <summary>Set by erasure: after this turn nothing about the user is saved, not even the dialog stack.</summary>
    public bool ForgetUser { get; set; }

    public void UpdateProfile(Func<UserProfile, UserProfile> change)
    {
        Profile = change(Profile);
        ProfileChanged = true;
    }

    public string Render(string key, IDictionary<string, string>? values, IReadOnlyDictionary<string, string>? args = null) =>
        Render(Language, key, values, args);

    public string Render(string language, string key, IDictionary<string, string>? values, IReadOnlyDictionary<string, string>? args = null)
    {
        var all = new Dictionary<string, string>
        {
            ["first_name"] = Message.FirstName ?? "",
            ["language_name"] = Texts.NativeName(language),
        };
        foreach (var (k, v) in values ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }

        foreach (var (k, v) in args ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }

        return Texts.Get(language, key, all);
    }

    public void Say(string text) => _replies.Add(new OutgoingMessage { Text = text, Direction = Direction });

    public void Send(OutgoingMessage message) => _replies.Add(message);
}
