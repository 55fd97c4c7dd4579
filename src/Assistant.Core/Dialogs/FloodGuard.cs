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
/// is over. Their dialog and data stay as they were; other users are not slowed down. Nothing is dropped
/// silently: a report written in many messages or a batch of photos may hit the limit, so the reply to
/// the next message that is taken starts by saying how many were not taken, to send them again.
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
        var notTaken = 0;
        lock (counter)
        {
            if (now - counter.WindowStart >= Window)
            {
                counter.WindowStart = now;
                counter.Count = 0;
            }

            count = ++counter.Count;
            if (count <= options.Value.MaxMessagesPerMinute)
            {
                notTaken = counter.Dropped;
                counter.Dropped = 0;
            }
            else
            {
                counter.Dropped++;
            }
        }

        if (_counters.Count > 10_000)
        {
            Prune(now);
        }

        var limit = options.Value.MaxMessagesPerMinute;
        if (count <= limit)
        {
            // The note goes into the turn, so it is committed and queued with the turn's replies.
            var taken = notTaken == 0 ? message : message with { Preface = [await NoteAsync(message, notTaken, cancellationToken).ConfigureAwait(false)] };
            return await engine.HandleAsync(taken, cancellationToken).ConfigureAwait(false);
        }

        if (count > limit + 1)
        {
            return new TurnResult([]);
        }

        logger.LogWarning("User sent more than {Limit} messages in a minute; further messages are dropped for the rest of it", limit);
        var language = await profiles.LanguageOfAsync(message, cancellationToken).ConfigureAwait(false);
        return new TurnResult([texts.Message(language, "dialog.slow_down")]);
    }

    private async Task<OutgoingMessage> NoteAsync(IncomingMessage message, int notTaken, CancellationToken cancellationToken)
    {
        var language = await profiles.LanguageOfAsync(message, cancellationToken).ConfigureAwait(false);
        var count = new Dictionary<string, string> { ["count"] = notTaken.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return texts.Message(language, "dialog.not_taken", count);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (userId, counter) in _counters)
        {
            // A user still owed a note on messages not taken keeps their counter.
            if (now - counter.WindowStart >= Window && counter.Dropped == 0)
            {
                _counters.TryRemove(userId, out _);
            }
        }
    }

    private sealed class Counter(DateTimeOffset start)
    {
        public DateTimeOffset WindowStart { get; set; } = start;

        public int Count { get; set; }

        /// <summary>Messages not taken since the person was last answered.</summary>
        public int Dropped { get; set; }
    }
}
