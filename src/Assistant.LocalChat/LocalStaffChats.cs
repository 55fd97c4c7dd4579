using Assistant.Core.Conversations;
using Assistant.Core.Staff;

namespace Assistant.LocalChat;

/// <summary>
/// Staff chats of the local chat: posts grouped by chat kind and topic, the way a Telegram supergroup
/// with topics would show them, kept in <see cref="ILocalStaffPostStore"/> so they survive a restart.
/// Message ids grow across restarts and double as the order the staff view fetches by.
/// </summary>
public sealed class LocalStaffChats(ILocalStaffPostStore store) : IStaffChats
{
    private const int MaxPosts = 1000;
    private readonly Lock _lock = new();
    private List<LocalStaffPost>? _posts;
    private int _lastTopic;
    private int _lastMessage;

    public IReadOnlyList<LocalStaffPost> Posts
    {
        get
        {
            lock (_lock)
            {
                return Loaded().ToList();
            }
        }
    }

    /// <summary>The posts after <paramref name="messageId"/>, oldest first.</summary>
    public IReadOnlyList<LocalStaffPost> After(int messageId)
    {
        lock (_lock)
        {
            return Loaded().Where(p => p.Post.MessageId > messageId).ToList();
        }
    }

    public Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Loaded();
            int? topic = newTopicTitle is null ? null : ++_lastTopic;
            return Task.FromResult(Add(new StaffPost(kind, ChatId(kind), topic, ++_lastMessage), message, newTopicTitle));
        }
    }

    public Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Loaded();
            return Task.FromResult(Add(topic with { MessageId = ++_lastMessage }, message, null));
        }
    }

    /// <summary>Local staff chats have fixed ids per kind, so staff messages from the page can name them.</summary>
    public static long ChatId(StaffChatKind kind) => -1000 - (int)kind;

    /// <summary>The chat kind of a local staff chat id; null for any other id.</summary>
    public static StaffChatKind? KindOf(long chatId) =>
        Enum.GetValues<StaffChatKind>().Cast<StaffChatKind?>().FirstOrDefault(k => ChatId(k!.Value) == chatId);

    /// <summary>Keeps what a staff member wrote on the page, so the staff view shows the conversation as Telegram would.</summary>
    public void AddStaffMessage(StaffChatKind kind, int? topicId, string from, string text)
    {
        lock (_lock)
        {
            Loaded();
            Add(new StaffPost(kind, ChatId(kind), topicId, ++_lastMessage), OutgoingMessage.Plain(text), null, from);
        }
    }

    private List<LocalStaffPost> Loaded()
    {
        if (_posts is null)
        {
            _posts = store.LoadAll().OrderBy(p => p.Post.MessageId).ToList();
            _lastMessage = _posts.Select(p => p.Post.MessageId ?? 0).DefaultIfEmpty().Max();
            _lastTopic = _posts.Select(p => p.Post.TopicId ?? 0).DefaultIfEmpty().Max();
        }

        return _posts;
    }

    private StaffPost Add(StaffPost post, OutgoingMessage message, string? topicTitle, string? from = null)
    {
        var kept = new LocalStaffPost(post, topicTitle, message, from);
        store.Add(kept);
        _posts!.Add(kept);
        if (_posts.Count > MaxPosts)
        {
            var oldest = _posts[_posts.Count - MaxPosts - 1].Post.MessageId ?? 0;
            _posts.RemoveRange(0, _posts.Count - MaxPosts);
            store.RemoveUpTo(oldest);
        }

        return post;
    }
}

/// <summary>A post in a local staff chat: by the bot, or (with <paramref name="From"/>) by a staff member on the page.</summary>
public sealed record LocalStaffPost(StaffPost Post, string? NewTopicTitle, OutgoingMessage Message, string? From = null);
