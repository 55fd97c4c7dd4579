using Assistant.Core.Users;
using Microsoft.Extensions.Logging;

namespace Assistant.Telegram.Sending;

/// <summary>
/// Records that a user blocked the bot, so proactive messages stop; the engine clears the mark when
/// they write again. Only existing profiles are marked: a new profile would hide the app's language later.
/// </summary>
internal sealed class UnreachableMarker(IUserProfileStore profiles, ILogger<UnreachableMarker> logger)
{
    public async Task MarkAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            if (chatId < 0)
            {
                logger.LogError("The bot can no longer write to group {ChatId}; was it removed from the group?", chatId);
                return;
            }

            var profile = await profiles.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
            if (profile is { Unreachable: false })
            {
                await profiles.SaveAsync(profile with { Unreachable = true }, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("User {UserId} blocked the bot; nothing more is sent until they write again", chatId);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "User {UserId} could not be marked as unreachable", chatId);
        }
    }
}
