using System.Collections.Concurrent;
using Assistant.Core.Conversations;

namespace Assistant.LocalChat;

/// <summary>
/// What each user of the page said and was told, numbered in order, so that every open tab of one
/// user shows every message (each asks for what came after the last number it has) and files stay
/// downloadable from their bubble. Kept in memory: the conversation's state itself is in the store.
/// </summary>
public sealed class LocalConversationLog
{
    private const int MaxPerUser = 300;
    private readonly ConcurrentDictionary<long, List<LocalChatEntry>> _byUser = new();
    private long _lastSequence;

    public IReadOnlyList<LocalChatEntry> AddTyped(long userId, string text) =>
        Add(userId, [new LocalChatEntry(0, userId, LocalChatEntry.FromUser, OutgoingMessage.Plain(text), null)]);

    public IReadOnlyList<LocalChatEntry> AddBot(long userId, IEnumerable<OutgoingMessage> messages, string? language) =>
        Add(userId, messages.Select(m => new LocalChatEntry(0, userId, LocalChatEntry.FromBot, m, language)).ToList());

    public IReadOnlyList<LocalChatEntry> After(long userId, long sequence)
    {
        if (!_byUser.TryGetValue(userId, out var entries))
        {
            return [];
        }

        lock (entries)
        {
            return entries.Where(e => e.Sequence > sequence).ToList();
        }
    }

    public LocalChatEntry? Find(long userId, long sequence) => After(userId, sequence - 1).FirstOrDefault(e => e.Sequence == sequence);

    private IReadOnlyList<LocalChatEntry> Add(long userId, IReadOnlyList<LocalChatEntry> added)
    {
        var entries = _byUser.GetOrAdd(userId, _ => []);
        lock (entries)
        {
            // Numbered under the user's lock, so a tab never sees a later number before an earlier one.
            var numbered = added.Select(e => e with { Sequence = Interlocked.Increment(ref _lastSequence) }).ToList();
            entries.AddRange(numbered);
            if (entries.Count > MaxPerUser)
            {
                entries.RemoveRange(0, entries.Count - MaxPerUser);
            }

            return numbered;
        }
    }
}

/// <summary>One bubble: what the user typed or pressed (<see cref="FromUser"/>), or a message of the bot in <paramref name="Language"/>.</summary>
public sealed record LocalChatEntry(long Sequence, long UserId, string From, OutgoingMessage Message, string? Language)
{
    public const string FromUser = "me";
    public const string FromBot = "bot";
}
