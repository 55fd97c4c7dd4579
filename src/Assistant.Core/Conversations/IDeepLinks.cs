namespace Assistant.Core.Conversations;

/// <summary>
/// Links that open a chat with the bot and start it with a payload, such as an invitation
/// (<c>v-…</c>, <c>s-…</c>). Each channel knows what such a link looks like: on Telegram a
/// <c>https://t.me/&lt;bot&gt;?start=…</c> deep link; without one, the command to type.
/// </summary>
public interface IDeepLinks
{
    /// <summary>A link (or command) that starts the bot with <paramref name="startPayload"/>: at most 64 of A-Z, a-z, 0-9, _ and -.</summary>
    ValueTask<string> LinkForAsync(string startPayload, CancellationToken cancellationToken);
}

/// <summary>The link where a channel has no links of its own (the local chat): the <c>/start &lt;payload&gt;</c> command to type.</summary>
public sealed class StartCommandLinks : IDeepLinks
{
    public static string Command(string startPayload) => "/start " + startPayload;

    public ValueTask<string> LinkForAsync(string startPayload, CancellationToken cancellationToken) => ValueTask.FromResult(Command(startPayload));
}
