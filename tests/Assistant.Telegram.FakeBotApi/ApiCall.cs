using System.Text.Json.Nodes;

namespace Assistant.Telegram.Fakes;

/// <summary>One request the bot made, with its parameters as JSON (multipart fields as strings), and what it was answered.</summary>
public sealed record ApiCall(string Method, JsonObject Parameters, long Timestamp, int StatusCode)
{
    public long? ChatId => Parameters["chat_id"] is { } id ? long.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;

    public string? Text => Parameters["text"]?.GetValue<string>();

    public bool Succeeded => StatusCode == 200;

    public bool IsSend => Method is "sendMessage" or "sendDocument";
}

/// <summary>A failure the fake answers instead of doing the call.</summary>
public sealed record FakeFailure(int ErrorCode, string Description, int? RetryAfter = null)
{
    public static FakeFailure TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeFailure Blocked { get; } = new(403, "Forbidden: bot was blocked by the user");

    public static FakeFailure ServerError { get; } = new(500, "Internal Server Error");

    /// <summary>No answer: the connection is cut (recorded with status 0).</summary>
    public static FakeFailure ConnectionLost { get; } = new(0, "connection lost");
}

/// <summary>A message the bot sent. The fake's own copy changes with edits; tests get snapshots.</summary>
public sealed class SentMessage(long chatId, int messageId, string? text, string? fileName)
{
    public long ChatId { get; } = chatId;

    public int MessageId { get; } = messageId;

    public string? Text { get; internal set; } = text;

    public string? FileName { get; } = fileName;

    /// <summary>The inline keyboard's rows of (label, callback data); empty when it has none (any more).</summary>
    public IReadOnlyList<IReadOnlyList<(string Label, string Data)>> Buttons { get; internal set; } = [];

    /// <summary>The reply_markup as sent, such as a contact-request keyboard.</summary>
    public JsonNode? ReplyMarkup { get; internal set; }

    public int Edits { get; internal set; }

    public IEnumerable<(string Label, string Data)> AllButtons => Buttons.SelectMany(r => r);

    public string DataOf(string label) => AllButtons.First(b => b.Label == label).Data;

    internal SentMessage Snapshot()
    {
        var copy = new SentMessage(ChatId, MessageId, Text, FileName) { Edits = Edits };
        copy.SetMarkup(ReplyMarkup);
        return copy;
    }

    internal void SetMarkup(JsonNode? markup)
    {
        ReplyMarkup = markup?.DeepClone();
        Buttons = markup?["inline_keyboard"] is JsonArray rows
            ? rows.Select(r => (IReadOnlyList<(string, string)>)r!.AsArray()
                .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>() ?? "")).ToList()).ToList()
            : [];
    }

    internal JsonObject ToJson(long botId, long date)
    {
        var json = new JsonObject
        {
            ["message_id"] = MessageId,
            ["from"] = new JsonObject { ["id"] = botId, ["is_bot"] = true, ["first_name"] = "Assistant", ["username"] = FakeBotApi.BotUsername },
            ["chat"] = FakeBotApi.ChatJson(ChatId),
            ["date"] = date,
        };
        if (Text is not null)
        {
            json["text"] = Text;
        }

        if (FileName is not null)
        {
            json["document"] = new JsonObject { ["file_id"] = "doc-" + MessageId, ["file_unique_id"] = "u-doc-" + MessageId, ["file_name"] = FileName };
        }

        if (ReplyMarkup?["inline_keyboard"] is not null)
        {
            json["reply_markup"] = ReplyMarkup.DeepClone();
        }

        return json;
    }
}
