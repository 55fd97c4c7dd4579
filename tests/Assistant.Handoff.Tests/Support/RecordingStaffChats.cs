using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;

namespace Assistant.Handoff.Tests.Support;

/// <summary>Staff chats as a Telegram supergroup with topics would keep them: one chat per kind, topics numbered.</summary>
internal sealed class RecordingStaffChats : IStaffChats
{
    private readonly ConcurrentQueue<(StaffPost Post, string? Title, OutgoingMessage Message)> _posts = new();
    private int _nextTopic = 100;

    public static long ChatOf(StaffChatKind kind) => -100 - (int)kind;

    public IReadOnlyList<(StaffPost Post, string? Title, OutgoingMessage Message)> Posts => _posts.ToList();

    public IReadOnlyList<string> TextsIn(StaffChatKind kind) => Posts.Where(p => p.Post.Kind == kind).Select(p => p.Message.Text).ToList();

    public IReadOnlyList<string> TextsInTopic(int topicId) => Posts.Where(p => p.Post.TopicId == topicId).Select(p => p.Message.Text).ToList();

    public string? TitleOf(int topicId) => Posts.FirstOrDefault(p => p.Post.TopicId == topicId && p.Title is not null).Title;

    public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        int? topic = newTopicTitle is null ? null : Interlocked.Increment(ref _nextTopic);
        var post = new StaffPost(kind, ChatOf(kind), topic, _posts.Count + 1);
        _posts.Enqueue((post, newTopicTitle, message));
        return Task.FromResult(post);
    }

    public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var post = topic with { MessageId = _posts.Count + 1 };
        _posts.Enqueue((post, null, message));
        return Task.FromResult(post);
    }
}
