using System.Text.Json.Nodes;

namespace Assistant.Telegram.Fakes;

/// <summary>Staff supergroups with forum topics: topics the bot creates, and what members write or press there.</summary>
public sealed partial class FakeBotApi
{
    private readonly List<(long ChatId, int ThreadId, string Name)> _topics = [];
    private int _nextTopicId = 500;

    /// <summary>The forum topics the bot created, in order.</summary>
    public IReadOnlyList<(long ChatId, int ThreadId, string Name)> Topics
    {
        get
        {
            lock (_lock)
            {
                return _topics.ToList();
            }
        }
    }

    /// <summary>The texts the bot sent into one topic of a supergroup, in order.</summary>
    public IReadOnlyList<string> TextsInTopic(long chatId, int threadId) =>
        CallsOf("sendMessage")
            .Where(c => c.Succeeded && c.ChatId == chatId && c.Parameters["message_thread_id"] is { } t && Number(t) == threadId)
            .Select(c => c.Text ?? "")
            .ToList();

    /// <summary>A member writes in a supergroup, in a topic when <paramref name="threadId"/> is given.</summary>
    public int SendInGroup(long chatId, long userId, string firstName, string text, int? threadId = null)
    {
        var message = UserMessage(userId, "de", firstName);
        message["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Staff", ["is_forum"] = true };
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = text.Split(' ')[0].Length });
        }

        if (threadId is { } thread)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
        }

        return Push(new JsonObject { ["message"] = message });
    }

    /// <summary><paramref name="adderId"/> adds people to a supergroup: Telegram reports it as a service message.</summary>
    public int JoinGroup(long chatId, long adderId, params (long Id, string FirstName)[] members)
    {
        var message = UserMessage(adderId, "de", "Admin");
        message["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Staff", ["is_forum"] = true };
        message["new_chat_members"] = new JsonArray([.. members.Select(m => (JsonNode)UserJson(m.Id, "de", m.FirstName))]);
        return Push(new JsonObject { ["message"] = message });
    }

    /// <summary>A member presses the button labelled <paramref name="label"/> under a message the bot sent to a group.</summary>
    public int PressInGroup(long userId, string firstName, SentMessage message, string label) =>
        Push(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cq" + Guid.NewGuid().ToString("N"),
                ["from"] = UserJson(userId, "de", firstName),
                ["message"] = message.ToJson(BotId, Now()),
                ["chat_instance"] = "ci" + message.ChatId,
                ["data"] = message.DataOf(label),
            },
        });

    private JsonObject CreateForumTopic(JsonObject parameters)
    {
        var chatId = Number(parameters["chat_id"]);
        var name = parameters["name"]?.GetValue<string>() ?? "";
        var thread = _nextTopicId++;
        _topics.Add((chatId, thread, name));
        return new JsonObject { ["message_thread_id"] = thread, ["name"] = name, ["icon_color"] = 7322096 };
    }
}
