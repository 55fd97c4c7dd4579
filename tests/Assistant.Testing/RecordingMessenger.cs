using System.Collections.Concurrent;
using Assistant.Core.Conversations;

namespace Assistant.Testing;

/// <summary>Stands in for the channel's outbound queue: keeps every proactive message, in order, with its user.</summary>
public sealed class RecordingMessenger : IUserMessenger
{
    private readonly ConcurrentQueue<(long UserId, OutgoingMessage Message)> _sent = new();

    /// <summary>How many messages went out, to anyone.</summary>
    public int Count => _sent.Count;

    /// <summary>The users who got something, in the order they first got it.</summary>
    public IReadOnlyList<long> Recipients => _sent.Select(s => s.UserId).Distinct().ToList();

    public IReadOnlyList<OutgoingMessage> To(long userId) => _sent.Where(s => s.UserId == userId).Select(s => s.Message).ToList();

    public IReadOnlyList<string> TextsTo(long userId) => To(userId).Select(m => m.Text).ToList();

    public ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            _sent.Enqueue((userId, message));
        }

        return ValueTask.CompletedTask;
    }
}
