using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Microsoft.Extensions.Logging;

namespace Assistant.Volunteers;

/// <summary>
/// Staff chats while the channel has none (Telegram's supergroups come with the handoff work): posts
/// are logged as lost instead of stopping reminders and sign-ups. A channel that registers its own
/// <see cref="IStaffChats"/> replaces this.
/// </summary>
internal sealed class UnconfiguredStaffChats(ILogger<UnconfiguredStaffChats> logger) : IStaffChats
{
    public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        logger.LogWarning("No staff chat is set up for {Kind}; a post for the coordinators was not delivered", kind);
        return Task.FromResult(new StaffPost(kind, 0, null, null));
    }

    public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken) =>
        PostAsync(topic.Kind, message, null, cancellationToken);
}

/// <summary>
/// Proactive messages where no channel is registered (flow tests, tools that build the service list
/// without a channel). Every real channel registers its own <see cref="IUserMessenger"/>, which replaces this.
/// </summary>
internal sealed class NoChannelMessenger(ILogger<NoChannelMessenger> logger) : IUserMessenger
{
    public ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        logger.LogWarning("No channel is set up; {Count} messages to user {UserId} were not delivered", messages.Count, userId);
        return ValueTask.CompletedTask;
    }
}
