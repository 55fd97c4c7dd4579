using System.Collections.Concurrent;
using Assistant.Core.Conversations;

namespace Assistant.LocalChat;

/// <summary>
/// Proactive messages for users of the local chat (reminders, staff answers). They wait here until
/// the page asks for them, since a web page cannot be pushed to without a connection.
/// </summary>
public sealed class LocalMessenger : IUserMessenger
{
    private const int MaxWaitingPerUser = 200;
    private readonly ConcurrentDictionary<long, ConcurrentQueue<OutgoingMessage>> _waiting = new();

    public ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var queue = _waiting.GetOrAdd(userId, _ => new ConcurrentQueue<OutgoingMessage>());
        foreach (var message in messages)
        {
            queue.Enqueue(message);
            while (queue.Count > MaxWaitingPerUser && queue.TryDequeue(out _))
            {
                // Oldest first: a page nobody opens must not grow memory without bound.
            }
        }

        return ValueTask.CompletedTask;
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
