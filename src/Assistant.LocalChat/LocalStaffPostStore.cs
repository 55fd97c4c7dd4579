using System.Collections.Concurrent;

namespace Assistant.LocalChat;

/// <summary>Where the staff view's posts are kept, so topics and answers survive a restart like the tickets they belong to.</summary>
public interface ILocalStaffPostStore
{
    IReadOnlyList<LocalStaffPost> LoadAll();

    void Add(LocalStaffPost post);

    /// <summary>Forgets the posts up to and including <paramref name="messageId"/> (the oldest, once there are too many).</summary>
    void RemoveUpTo(int messageId);
}

/// <summary>Posts kept in memory only; the host stores them in the data file instead.</summary>
public sealed class InMemoryLocalStaffPostStore : ILocalStaffPostStore
{
    private readonly ConcurrentDictionary<int, LocalStaffPost> _posts = new();

    public IReadOnlyList<LocalStaffPost> LoadAll() => _posts.Values.OrderBy(p => p.Post.MessageId).ToList();

    public void Add(LocalStaffPost post) => _posts[post.Post.MessageId ?? 0] = post;

    public void RemoveUpTo(int messageId)
    {
        foreach (var id in _posts.Keys.Where(id => id <= messageId))
        {
            _posts.TryRemove(id, out _);
        }
    }
}
