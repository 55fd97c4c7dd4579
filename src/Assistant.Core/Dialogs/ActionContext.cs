using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;

namespace Assistant.Core.Dialogs;

/// <summary>What a handler sees of the current turn: the user, the flow's values, and a way to reply.</summary>
public sealed class ActionContext
{
    private readonly TurnContext _turn;

    internal ActionContext(TurnContext turn, DialogFrame frame)
    {
        _turn = turn;
        Values = frame.Values;
    }

    public long UserId => _turn.Profile.UserId;

    public UserProfile Profile => _turn.Profile;

    /// <summary>The user's language, or the reference language while it is not known.</summary>
    public string Language => _turn.Language;

    /// <summary>The values of the running flow; handlers read and set them.</summary>
    public IDictionary<string, string> Values { get; }

    public IncomingMessage Message => _turn.Message;

    public TextCatalog Texts => _turn.Texts;

    /// <summary>Changes the profile; it is saved with the turn. Setting the language takes effect at once.</summary>
    public void UpdateProfile(Func<UserProfile, UserProfile> change) => _turn.UpdateProfile(change);

    /// <summary>The text for <paramref name="key"/> in the user's language, with the flow's values and <paramref name="args"/>.</summary>
    public string Text(string key, IReadOnlyDictionary<string, string>? args = null) => _turn.Render(key, Values, args);

    /// <summary>Sends the text for <paramref name="key"/> in the user's language.</summary>
    public void Say(string key, IReadOnlyDictionary<string, string>? args = null) => _turn.Say(Text(key, args));

    /// <summary>Sends a message composed by the handler (for example from content files).</summary>
    public void Send(OutgoingMessage message) => _turn.Send(message);

    public TextDirection Direction => _turn.Direction;

    /// <summary>
    /// Ends the turn without saving anything about the user (after their data was erased); their next
    /// message is a first contact. The replies of this turn are still sent.
    /// </summary>
    public void ForgetUser() => _turn.ForgetUser = true;
}
