using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Users;

namespace Assistant.LocalChat;

/// <summary>
/// Proactive messages for users of the local chat (reminders, staff answers): written into the user's
/// <see cref="LocalConversationLog"/>, where every open tab fetches them, and kept for
/// <c>/waiting</c>, which hands each one out once (scripts and the console use it).
/// </summary>
public sealed class LocalMessenger(LocalConversationLog log, IUserProfileStore profiles) : IUserMessenger
{
    private const int MaxWaitingPerUser = 200;
    private readonly ConcurrentDictionary<long, ConcurrentQueue<OutgoingMessage>> _waiting = new();

    public async ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var language = (await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Language;
        log.AddBot(userId, messages, language);
        var queue = _waiting.GetOrAdd(userId, _ => new ConcurrentQueue<OutgoingMessage>());
        foreach (var message in messages)
        {
            queue.Enqueue(message);
            while (queue.Count > MaxWaitingPerUser && queue.TryDequeue(out _))
            {
                // Oldest first: a page nobody opens must not grow memory without bound.
            }
        }
    }

    public IReadOnlyList<OutgoingMessage> TakeWaiting(long userId)
    {
        if (!_waiting.TryGetValue(userId, out var queue))
        {
            return [];
        }

        var result = new List<OutgoingMessage>();
        while (queue.TryDequeue(out var message))
        {
            result.Add(message);
        }

        return result;
    }
}
