using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Telegram.Buttons;
using Assistant.Telegram.Receiving;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram.Staff;

/// <summary>
/// Messages and button presses from group chats. Those from the configured staff supergroups become
/// <see cref="StaffChatMessage"/>s (with the forum topic they were written in) for the staff chat
/// handler, which ignores members who are not staff; every other group is ignored with a log line.
/// </summary>
internal sealed class StaffChatReceiver(
    IStaffChatHandler handler,
    StaffChatMembership membership,
    TelegramStaffChats staffChats,
    IProcessedUpdates processed,
    CallbackData callbackData,
    ITelegramBotClient bot,
    IOptions<StaffChatsOptions> options,
    IOptions<TelegramOptions> telegram,
    ILogger<StaffChatReceiver> logger)
{
    /// <summary>Handles (or ignores) an update from a group and returns true; returns false for everything else.</summary>
    public async Task<bool> TryHandleAsync(Update update, CancellationToken cancellationToken)
    {
        var (chat, from, query) = update switch
        {
            { Message: { } m } => (m.Chat, m.From, null),
            { CallbackQuery: { Message: { } m } q } => (m.Chat, q.From, q),
            _ => ((Chat?)null, (User?)null, (CallbackQuery?)null),
        };
        if (chat is null || chat.Type == ChatType.Private)
        {
            return false;
        }

        // Answered at once, so the spinner stops, whatever becomes of the press.
        var answer = query is null ? Task.CompletedTask : AnswerAsync(query.Id, cancellationToken);
        if (options.Value.KindOf(chat.Id) is not { } kind)
        {
            logger.LogInformation("Ignored update {UpdateId} from group {ChatId}, which is no staff chat", update.Id, chat.Id);
        }
        else if (update.Message is { NewChatMembers: { Length: > 0 } joined })
        {
            await CheckJoinedAsync(update.Id, kind, chat.Id, joined, cancellationToken).ConfigureAwait(false);
        }
        else if (from is { IsBot: false } && await processed.TryMarkProcessedAsync(telegram.Value.BotId, update.Id, cancellationToken).ConfigureAwait(false)
            && ToStaffMessage(update, chat.Id) is { } message
            && await handler.HandleAsync(message, cancellationToken).ConfigureAwait(false) is { } reply)
        {
            await staffChats.ReplyAsync(new StaffPost(kind, chat.Id, message.TopicId, null), reply, cancellationToken).ConfigureAwait(false);
        }

        await answer.ConfigureAwait(false);
        return true;
    }

    private async Task CheckJoinedAsync(int updateId, StaffChatKind kind, long chatId, User[] joined, CancellationToken cancellationToken)
    {
        var people = joined.Where(u => !u.IsBot).Select(u => new StaffChatMember(u.Id, u.FirstName)).ToList();
        if (people.Count > 0
            && await processed.TryMarkProcessedAsync(telegram.Value.BotId, updateId, cancellationToken).ConfigureAwait(false)
            && await membership.CheckJoinedAsync(kind, people, cancellationToken).ConfigureAwait(false) is { } warning)
        {
            await staffChats.ReplyAsync(new StaffPost(kind, chatId, null, null), warning, cancellationToken).ConfigureAwait(false);
        }
    }

    private StaffChatMessage? ToStaffMessage(Update update, long chatId)
    {
        if (update.Message is { } message)
        {
            // Service messages (topic created, member joined, ...) need no answer.
            return UpdateMapper.ToIncoming(message) is { } incoming
                ? new StaffChatMessage
                {
                    ChatId = chatId,
                    TopicId = TopicOf(message),
                    FromUserId = message.From!.Id,
                    FromFirstName = message.From.FirstName,
                    Text = incoming.Text,
                    Attachments = incoming.Attachments,
                }
                : null;
        }

        var query = update.CallbackQuery!;
        if (callbackData.Verify(chatId, query.Data) is not { } payload)
        {
            logger.LogInformation("Refused a button press in update {UpdateId}: its data was not issued to this chat", update.Id);
            return null;
        }

        return new StaffChatMessage
        {
            ChatId = chatId,
            TopicId = TopicOf(query.Message!),
            FromUserId = query.From.Id,
            FromFirstName = query.From.FirstName,
            ButtonPayload = payload,
        };
    }

    // In a forum, only topic messages carry their topic; elsewhere message_thread_id means a reply thread.
    private static int? TopicOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    private async Task AnswerAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Answering a button press in a staff chat failed ({Error})", e.GetType().Name);
        }
    }
}
