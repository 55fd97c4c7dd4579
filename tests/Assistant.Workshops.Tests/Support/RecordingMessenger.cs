using System.Collections.Concurrent;
using Assistant.Core.Conversations;

namespace Assistant.Workshops.Tests.Support;

/// <summary>Stands in for the channel's outbound queue: keeps every proactive message per user.</summary>
internal sealed class RecordingMessenger : IUserMessenger
{
    private readonly ConcurrentDictionary<long, ConcurrentQueue<OutgoingMessage>> _sent = new();

    public ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var queue = _sent.GetOrAdd(userId, _ => new ConcurrentQueue<OutgoingMessage>());
        foreach (var message in messages)
        {
            queue.Enqueue(message);
        }

        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<OutgoingMessage> To(long userId) => _sent.TryGetValue(userId, out var queue) ? queue.ToList() : [];

    public int Count => _sent.Values.Sum(q => q.Count);
}
