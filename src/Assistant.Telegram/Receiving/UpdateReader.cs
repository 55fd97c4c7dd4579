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
    public async Task<Batch> GetAsync(int? offset, int limit, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var raw = await bot.SendRequest(
            new RawGetUpdatesRequest { Offset = offset, Limit = limit, Timeout = timeoutSeconds, AllowedUpdates = AllowedUpdates },
            cancellationToken).ConfigureAwait(false);

        var updates = new List<Update>(raw.Length);
        var lastId = (int?)null;
        foreach (var element in raw)
        {
            var id = IdOf(element);
            lastId = id ?? lastId;
            if (Read(element, id) is { } update)
            {
                updates.Add(update);
            }
        }

        return new Batch(updates, lastId);
    }

    /// <summary>Reads an update posted to the webhook; null (and a log line) when it cannot be read.</summary>
    public Update? Read(JsonElement element) => Read(element, IdOf(element));

    private Update? Read(JsonElement element, int? id)
    {
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

        if (update is null || id is null || !IsComplete(update))
        {
            logger.LogWarning("Skipped update {UpdateId}: it lacks its id, its chat or its sender", id);
            return null;
        }

        return update;
    }

    /// <summary>
    /// Telegram.Bot reads a missing required object as null; the handlers rely on a message's chat and a button
    /// press's sender, so an update without them is refused here, at the edge.
    /// </summary>
    private static bool IsComplete(Update update) => update switch
    {
        { Message: { } message } => message.Chat is not null,
        { CallbackQuery: { } query } => query.From is not null && (query.Message is null || query.Message.Chat is not null),
        _ => true,
    };

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("update_id", out var id)
        && id.TryGetInt32(out var value)
            ? value
            : null;

    private static readonly string[] AllowedUpdates =
        [.. UpdateHandler.Wanted.Select(t => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString()))];

    /// <summary>What one poll brought: the updates that could be read, and the highest id seen (readable or not) to confirm.</summary>
    public sealed record Batch(IReadOnlyList<Update> Updates, int? LastId);

    private sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
    {
        [JsonPropertyName("offset")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Offset { get; init; }

        [JsonPropertyName("limit")]
        public int Limit { get; init; }

        [JsonPropertyName("timeout")]
        public int Timeout { get; init; }

        [JsonPropertyName("allowed_updates")]
        public required string[] AllowedUpdates { get; init; }
    }
}
