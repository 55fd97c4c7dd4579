using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging;

namespace Assistant.Telegram.Sending;

/// <summary>Proactive messages (reminders, ticket updates) on Telegram: through the same queue as replies, never to a user who blocked the bot.</summary>
internal sealed class TelegramMessenger(OutboundQueue queue, IUserProfileStore profiles, ILogger<TelegramMessenger> logger) : IUserMessenger
{
    public async ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if ((await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Unreachable == true)
        {
            logger.LogDebug("Not sending {Count} messages to user {UserId}: they blocked the bot", messages.Count, userId);
            return;
        }

        await queue.EnqueueAsync(userId, messages, SendPriority.Proactive, cancellationToken).ConfigureAwait(false);
    }
}
