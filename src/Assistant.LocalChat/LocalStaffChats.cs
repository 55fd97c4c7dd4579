using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;

namespace Assistant.LocalChat;

/// <summary>
/// Staff chats of the local chat: posts are kept in memory for the page's staff view, grouped by
/// chat kind and topic, the way a Telegram supergroup with topics would show them.
/// </summary>
public sealed class LocalStaffChats : IStaffChats
{
    private const int MaxPosts = 1000;
    private readonly ConcurrentQueue<LocalStaffPost> _posts = new();
    private int _nextTopic;
    private int _nextMessage;

    public IReadOnlyList<LocalStaffPost> Posts => _posts.ToList();

    public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        int? topic = newTopicTitle is null ? null : Interlocked.Increment(ref _nextTopic);
        return Task.FromResult(Add(new StaffPost(kind, ChatId(kind), topic, Interlocked.Increment(ref _nextMessage)), message, newTopicTitle));
    }

    public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(Add(topic with { MessageId = Interlocked.Increment(ref _nextMessage) }, message, null));

    /// <summary>Local staff chats have fixed ids per kind, so staff messages from the page can name them.</summary>
    public static long ChatId(StaffChatKind kind) => -1000 - (int)kind;

    /// <summary>The chat kind of a local staff chat id; null for any other id.</summary>
    public static StaffChatKind? KindOf(long chatId) =>
        Enum.GetValues<StaffChatKind>().Cast<StaffChatKind?>().FirstOrDefault(k => ChatId(k!.Value) == chatId);

    /// <summary>Keeps what a staff member wrote on the page, so the staff view shows the conversation as Telegram would.</summary>
    public void AddStaffMessage(StaffChatKind kind, int? topicId, string from, string text) =>
        Add(new StaffPost(kind, ChatId(kind), topicId, Interlocked.Increment(ref _nextMessage)), OutgoingMessage.Plain(text), null, from);

    private StaffPost Add(StaffPost post, OutgoingMessage message, string? topicTitle, string? from = null)
    {
        _posts.Enqueue(new LocalStaffPost(post, topicTitle, message, from));
        while (_posts.Count > MaxPosts && _posts.TryDequeue(out _))
        {
            // Oldest first; the page is a view, the tickets themselves live in the store.
        }

        return post;
    }
}

/// <summary>A post in a local staff chat: by the bot, or (with <paramref name="From"/>) by a staff member on the page.</summary>
public sealed record LocalStaffPost(StaffPost Post, string? NewTopicTitle, OutgoingMessage Message, string? From = null);
