using Assistant.Core.Conversations;
using Assistant.Core.Localization;

namespace Assistant.Core.Users;

/// <summary>The language to answer someone in outside a dialog turn (a flood note, an apology).</summary>
public static class UserLanguage
{
    /// <summary>Their chosen language; before they chose, their app's language when the bot speaks it; else German.</summary>
    public static async Task<string> LanguageOfAsync(this IUserProfileStore profiles, IncomingMessage message, CancellationToken cancellationToken) =>
        (await profiles.GetAsync(message.UserId, cancellationToken).ConfigureAwait(false))?.Language ?? FromApp(message);

    /// <summary>The app's language when the bot speaks it, else German.</summary>
    public static string FromApp(IncomingMessage message) => Languages.Match(message.ClientLanguage) ?? Languages.Reference;
}
