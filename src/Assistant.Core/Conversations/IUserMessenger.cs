namespace Assistant.Core.Conversations;

/// <summary>
/// Sends messages the user did not just ask for (reminders, ticket updates). Each channel
/// implements it; on Telegram it goes through the same rate-limited outbound queue as replies.
/// </summary>
public interface IUserMessenger
{
    ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}
