using System.Text.Json.Nodes;

namespace Assistant.Telegram.Fakes;

/// <summary>The Bot API methods the bot uses, answered as Telegram answers them.</summary>
public sealed partial class FakeBotApi
{
    private JsonNode? Execute(ApiCall call)
    {
        var p = call.Parameters;
        switch (call.Method)
        {
            case "getMe":
                return new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Assistant", ["username"] = BotUsername };
            case "sendMessage":
            case "sendDocument":
                var chatId = Number(p["chat_id"]);
                var fileName = p["document"]?["file_name"]?.GetValue<string>();
                var message = new SentMessage(chatId, _nextMessageId++, p["text"]?.GetValue<string>() ?? p["caption"]?.GetValue<string>(), fileName);
                message.SetMarkup(ParseMarkup(p["reply_markup"]));
                if (!_sent.TryGetValue(chatId, out var list))
                {
                    _sent[chatId] = list = [];
                }

                list.Add(message);
                return message.ToJson(BotId, Now());
            case "editMessageText":
            case "editMessageReplyMarkup":
                var edited = Find(Number(p["chat_id"]), (int)Number(p["message_id"]));
                if (edited is null)
                {
                    throw new InvalidOperationException("message to edit not found");
                }

                edited.Text = p["text"]?.GetValue<string>() ?? edited.Text;
                edited.SetMarkup(ParseMarkup(p["reply_markup"]));
                edited.Edits++;
                return edited.ToJson(BotId, Now());
            case "createForumTopic":
                return CreateForumTopic(p);
            default:
                // answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook: Telegram answers true.
                return true;
        }
    }

    private SentMessage? Find(long chatId, int messageId) =>
        _sent.TryGetValue(chatId, out var list) ? list.FirstOrDefault(m => m.MessageId == messageId) : null;

    /// <summary>
    /// Telegram's getUpdates: updates below the offset are confirmed and forgotten; the rest are
    /// returned (again, until confirmed); when there are none, waits up to the timeout for news.
    /// </summary>
    private async Task<JsonArray> GetUpdatesAsync(JsonObject parameters, CancellationToken cancellationToken)
    {
        var offset = parameters["offset"] is { } o ? Number(o) : (long?)null;
        var limit = parameters["limit"] is { } l ? (int)Number(l) : 100;
        var timeout = TimeSpan.FromSeconds(parameters["timeout"] is { } t ? Number(t) : 0);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (offset is { } confirmed)
                {
                    ConfirmedOffset = confirmed;
                    _pending.RemoveAll(u => u.Id < confirmed);
                }

                if (_pending.Count > 0 || deadline.IsCancellationRequested)
                {
                    return new JsonArray(_pending.Take(limit).Select(u => (JsonNode)u.Update.DeepClone()).ToArray());
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timeout: answer with whatever is there, usually nothing.
            }
        }
    }
}
