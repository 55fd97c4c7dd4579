using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;

namespace Assistant.Volunteers.Tests.Support;

/// <summary>Staff chat posts, as the coordinators would see them.</summary>
internal sealed class RecordingStaffChats : IStaffChats
{
    private readonly ConcurrentQueue<(StaffChatKind Kind, OutgoingMessage Message)> _posts = new();
    private int _messageId;

    public IReadOnlyList<OutgoingMessage> In(StaffChatKind kind) => _posts.Where(p => p.Kind == kind).Select(p => p.Message).ToList();

    public IReadOnlyList<OutgoingMessage> Coordinators => In(StaffChatKind.Coordinators);

    public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        _posts.Enqueue((kind, message));
        return Task.FromResult(new StaffPost(kind, -1000 - (int)kind, null, Interlocked.Increment(ref _messageId)));
    }

    public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken) =>
        PostAsync(topic.Kind, message, null, cancellationToken);
}
