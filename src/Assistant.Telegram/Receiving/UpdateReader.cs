using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// Fetches updates as raw JSON and reads them one by one. Telegram.Bot reads a whole batch at once, so one
/// update it cannot read (a field of an unexpected type, a newer Bot API) would fail every poll and hold up
/// all chats for good; here that update is logged by its id and skipped, and the rest of the batch goes on.
/// </summary>
internal sealed class UpdateReader(ITelegramBotClient bot, ILogger<UpdateReader> logger)
{
    // Updates without a readable id that the last poll skipped: until a later id confirms them they come
    // with every poll, and one warning each is enough. Only the poller reads batches, one at a time.
    private HashSet<string> _skippedWithoutId = [];

    public async Task<Batch> GetAsync(long? offset, int limit, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var raw = await bot.SendRequest(
            new RawGetUpdatesRequest { Offset = offset, Limit = limit, Timeout = timeoutSeconds, AllowedUpdates = AllowedUpdates },
            cancellationToken).ConfigureAwait(false);

        // Telegram numbers updates one after another and sends them in that order, and every update still
        // waiting has an id at or above the offset asked with. So an update whose id cannot be read, after the
        // last id that can (or the offset), has an id at least one above it; the next offset counts it that way.
        // A guess too low only brings it back once more; a guess from an id that is no int32 (a proxy's
        // 2^31 + 5) could confirm, and so lose, every real update below it, so such ids count as unreadable.
        var updates = new List<Update>(raw.Length);
        var skippedWithoutId = new HashSet<string>();
        long? lastKnown = offset - 1;
        var unknownAfter = 0;
        var anyKnown = false;
        foreach (var element in raw)
        {
            var id = IdOf(element);
            if (id is { } known)
            {
                anyKnown = true;
                if (lastKnown is null || known > lastKnown)
                {
                    lastKnown = known;
                    unknownAfter = 0;
                }
            }
            else
            {
                unknownAfter++;
                var text = element.GetRawText();
                skippedWithoutId.Add(text);
                if (_skippedWithoutId.Contains(text))
                {
                    continue;
                }
            }

            if (Read(element, id) is { } update)
            {
                updates.Add(update);
            }
        }

        _skippedWithoutId = skippedWithoutId;

        return new Batch(updates, lastKnown + unknownAfter + 1, raw.Length > 0 && !anyKnown);
    }

    /// <summary>Reads an update posted to the webhook; null (and a log line) when it cannot be read.</summary>
    public Update? Read(JsonElement element) => Read(element, IdOf(element));

    private Update? Read(JsonElement element, int? id)
    {
        if (id is null)
        {
            // Telegram always sends a whole number here; anything else came from a proxy or a bug, and an
            // update without a trustworthy id cannot be de-duplicated.
            logger.LogWarning("Skipped update {UpdateId}: its update_id is not a whole number", RawIdOf(element));
            return null;
        }

        Update? update;
        try
        {
            update = element.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Mostly JsonException; a converter may also throw ArgumentOutOfRangeException or NotSupportedException.
            logger.LogWarning("Skipped update {UpdateId}: it could not be read ({Reason})", id, e.Message);
            return null;
        }

        if (update is null || !IsComplete(update))
        {
            logger.LogWarning("Skipped update {UpdateId}: it lacks its chat, its sender or the content its kind needs", id);
            return null;
        }

        return update;
    }

    /// <summary>
    /// Telegram.Bot reads a missing required object as null and an empty list as empty; the handlers rely on a
    /// message's chat, a button press's sender, a photo's sizes and a venue's place, so an update without them
    /// is refused here, at the edge, instead of failing in the middle of a turn.
    /// </summary>
    private static bool IsComplete(Update update) => update switch
    {
        { Message: { } message } => message.Chat is not null && HasContent(message),
        { CallbackQuery: { } query } => query.From is not null && (query.Message is null || query.Message.Chat is not null),
        _ => true,
    };

    private static bool HasContent(Message message) =>
        (message.Photo is null || (message.Photo.Length > 0 && message.Photo.All(p => p?.FileId is not null)))
        && (message.Venue is null || message.Venue.Location is not null)
        && (message.Document is null || message.Document.FileId is not null)
        && (message.Voice is null || message.Voice.FileId is not null)
        && (message.Contact is null || message.Contact.PhoneNumber is not null);

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("update_id", out var id)
        && id.ValueKind == JsonValueKind.Number
        && id.TryGetInt32(out var value)
            ? value
            : null;

    // For the log line only: what the update_id was instead of a number, cut short (it could be anything).
    private static string RawIdOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("update_id", out var id))
        {
            return "(none)";
        }

        var text = id.GetRawText();
        return text.Length <= 24 ? text : text[..24] + "…";
    }

    private static readonly string[] AllowedUpdates =
        [.. UpdateHandler.Wanted.Select(t => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString()))];

    /// <summary>
    /// What one poll brought: the updates that could be read; the offset that confirms the whole batch, readable
    /// or not (null while no id is known yet); and whether nothing in it had an id, so the next poll would
    /// most likely bring the same again at once.
    /// </summary>
    public sealed record Batch(IReadOnlyList<Update> Updates, long? NextOffset, bool NoIdReadable);

    private sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
    {
        [JsonPropertyName("offset")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public long? Offset { get; init; }

        [JsonPropertyName("limit")]
        public int Limit { get; init; }

        [JsonPropertyName("timeout")]
        public int Timeout { get; init; }

        [JsonPropertyName("allowed_updates")]
        public required string[] AllowedUpdates { get; init; }
    }
}
