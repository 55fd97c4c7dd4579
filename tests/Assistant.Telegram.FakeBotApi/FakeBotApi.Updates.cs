using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Assistant.Telegram.Fakes;

/// <summary>What users do, as Telegram would deliver it to the bot.</summary>
public sealed partial class FakeBotApi
{
    /// <summary>Queues an update for getUpdates; gives it the next update_id unless it has one (to deliver one twice).</summary>
    public int Push(JsonObject update)
    {
        lock (_lock)
        {
            if (update["update_id"] is null)
            {
                update["update_id"] = _nextUpdateId++;
            }

            var id = update["update_id"]!.GetValue<int>();
            AddPendingLocked(id, update);
            return id;
        }
    }

    /// <summary>
    /// Queues an update that a proxy or a bug changed on the way: Telegram numbered it (the returned id, which
    /// confirming decides by), but the bot gets <paramref name="updateId"/> in its place (a string, null, a
    /// float, a number beyond int32), or no update_id at all when it is <see cref="NoUpdateId"/>.
    /// </summary>
    public int PushMangled(JsonObject update, JsonNode? updateId)
    {
        lock (_lock)
        {
            var id = _nextUpdateId++;
            update.Remove("update_id");
            if (!ReferenceEquals(updateId, NoUpdateId))
            {
                update["update_id"] = updateId?.DeepClone();
            }

            AddPendingLocked(id, update);
            return id;
        }
    }

    /// <summary>For <see cref="PushMangled"/>: the update comes without update_id.</summary>
    public static JsonNode NoUpdateId { get; } = JsonValue.Create("no update_id")!;

    private void AddPendingLocked(int id, JsonObject update)
    {
        _pending.Add((id, update));
        _pushedAt.TryAdd(id, Stopwatch.GetTimestamp());
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The user types <paramref name="text"/> (a command such as "/start payload" too) in their private chat.</summary>
    public JsonObject TextUpdate(long userId, string text, string? languageCode = "de", string firstName = "Amina")
    {
        var message = UserMessage(userId, languageCode, firstName);
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length });
        }

        return new JsonObject { ["message"] = message };
    }

    public int SendText(long userId, string text, string? languageCode = "de", string firstName = "Amina") =>
        Push(TextUpdate(userId, text, languageCode, firstName));

    /// <summary>A message with any content (a sticker, a contact, a photo, ...) given as its Bot API fields.</summary>
    public int SendContent(long userId, JsonObject content, string? languageCode = "de", long? chatId = null)
    {
        var message = UserMessage(userId, languageCode, "Amina");
        if (chatId is { } chat)
        {
            message["chat"] = ChatJson(chat);
        }

        foreach (var (key, value) in content)
        {
            message[key] = value?.DeepClone();
        }

        return Push(new JsonObject { ["message"] = message });
    }

    /// <summary>The user sends a sticker, as the app sends it.</summary>
    public int SendSticker(long userId, string? languageCode = "de") =>
        SendContent(userId, new JsonObject
        {
            ["sticker"] = new JsonObject
            {
                ["file_id"] = "s1",
                ["file_unique_id"] = "us1",
                ["type"] = "regular",
                ["width"] = 512,
                ["height"] = 512,
                ["is_animated"] = false,
                ["is_video"] = false,
            },
        }, languageCode);

    /// <summary>The user sends a photo without a caption: Telegram lists its sizes, smallest first.</summary>
    public int SendPhoto(long userId, string? languageCode = "de") =>
        SendContent(userId, new JsonObject
        {
            ["photo"] = new JsonArray
            {
                new JsonObject { ["file_id"] = "p-small", ["file_unique_id"] = "ups", ["width"] = 90, ["height"] = 90, ["file_size"] = 1200 },
                new JsonObject { ["file_id"] = "p-large", ["file_unique_id"] = "upl", ["width"] = 1280, ["height"] = 1280, ["file_size"] = 180_000 },
            },
        }, languageCode);

    /// <summary>The user presses the button labelled <paramref name="label"/> under <paramref name="message"/>.</summary>
    public int Press(long userId, SentMessage message, string label, string? languageCode = "de") =>
        PressWithData(userId, message, message.DataOf(label), languageCode);

    /// <summary>A button press carrying any callback data, as a modified client could send it.</summary>
    public int PressWithData(long userId, SentMessage message, string data, string? languageCode = "de") =>
        Push(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cq" + Guid.NewGuid().ToString("N"),
                ["from"] = UserJson(userId, languageCode, "Amina"),
                ["message"] = message.ToJson(BotId, Now()),
                ["chat_instance"] = "ci" + userId,
                ["data"] = data,
            },
        });

    private JsonObject UserMessage(long userId, string? languageCode, string firstName)
    {
        int id;
        lock (_lock)
        {
            id = _nextMessageId++;
        }

        return new JsonObject
        {
            ["message_id"] = id,
            ["from"] = UserJson(userId, languageCode, firstName),
            ["chat"] = ChatJson(userId),
            ["date"] = Now(),
        };
    }

    private static JsonObject UserJson(long userId, string? languageCode, string firstName)
    {
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = firstName };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }
}
