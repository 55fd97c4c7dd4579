using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging;

namespace Assistant.Telegram.Sending;

/// <summary>
/// Proactive messages (reminders, ticket updates) on Telegram: into the outbox, never to a user who blocked
/// the bot. Inside a turn or a timed job they join that work's commit (<see cref="OutboxScope"/>); otherwise
/// they are stored at once and handed to the sender.
/// </summary>
internal sealed class TelegramMessenger(IOutbox outbox, OutboxPump pump, IUserProfileStore profiles, ILogger<TelegramMessenger> logger) : IUserMessenger
{
    public async ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        if ((await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Unreachable == true)
        {
            logger.LogDebug("Not sending {Count} messages to user {UserId}: they blocked the bot", messages.Count, userId);
            return;
        }

        var outgoing = messages.Select(m => new OutboxMessage(userId, OutboxLane.Proactive, m)).ToList();
        if (OutboxScope.Current is { } scope)
        {
            scope.Add(outgoing);
            return;
        }

        var queued = await outbox.EnqueueAsync(outgoing, cancellationToken).ConfigureAwait(false);
        await pump.AcceptAsync(queued, cancellationToken, justCommitted: true).ConfigureAwait(false);
    }
}
