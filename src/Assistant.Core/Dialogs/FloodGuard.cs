using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Hosting;
using Assistant.Core.Localization;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Stands in front of the engine and slows down one user who sends a flood of messages: past the
/// limit in a minute, they get one friendly note and further messages are dropped until the minute
/// is over. Their dialog and data stay as they were; other users are not slowed down.
/// </summary>
public sealed class FloodGuard(
    DialogEngine engine,
    IUserProfileStore profiles,
    TextCatalog texts,
    IOptions<DialogOptions> options,
    TimeProvider time,
    ILogger<FloodGuard> logger) : IConversationHandler
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<long, Counter> _counters = new();

    public async Task<TurnResult> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var counter = _counters.GetOrAdd(message.UserId, _ => new Counter(now));
        int count;
        lock (counter)
        {
            if (now - counter.WindowStart >= Window)
            {
                counter.WindowStart = now;
                counter.Count = 0;
            }

            count = ++counter.Count;
        }

        if (_counters.Count > 10_000)
        {
            Prune(now);
        }

        var limit = options.Value.MaxMessagesPerMinute;
        if (count <= limit)
        {
            return await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }

        if (count > limit + 1)
        {
            return new TurnResult([]);
        }

        logger.LogWarning("User sent more than {Limit} messages in a minute; further messages are dropped for the rest of it", limit);
        var language = await profiles.LanguageOfAsync(message, cancellationToken).ConfigureAwait(false);
        return new TurnResult([texts.Message(language, "dialog.slow_down")]);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (userId, counter) in _counters)
        {
            if (now - counter.WindowStart >= Window)
            {
                _counters.TryRemove(userId, out _);
            }
        }
    }

    private sealed class Counter(DateTimeOffset start)
    {
        public DateTimeOffset WindowStart { get; set; } = start;

        public int Count { get; set; }
    }
}
