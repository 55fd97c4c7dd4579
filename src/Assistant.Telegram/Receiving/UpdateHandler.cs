using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using Assistant.Telegram.Buttons;
using Assistant.Telegram.Sending;
using Assistant.Telegram.Staff;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// One Telegram update from arrival to queued replies: filter, map, run the turn, and queue what the user
/// should see, in that chat's order. The turn commits its replies to the outbox with the mark that the
/// update was handled, so a delivery seen before runs no second turn, and an update whose turn did not
/// commit (the process died) is handled when Telegram delivers it again.
/// </summary>
internal sealed class UpdateHandler(
    IConversationHandler conversations,
    OutboundQueue outbound,
    OutboxPump pump,
    CallbackData callbackData,
    ITelegramBotClient bot,
    StaffChatReceiver staffChats,
    IOptions<TelegramOptions> options,
    ILogger<UpdateHandler> logger) : IUpdateHandler
{
    private readonly long _botId = options.Value.BotId;

    /// <summary>Update kinds the bot asks Telegram for; everything else is not even delivered.</summary>
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (await staffChats.TryHandleAsync(update, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        switch (update)
        {
            case { Message: { } message } when IsFromPrivateChat(update.Id, message.Chat, message.From):
                await HandleMessageAsync(update.Id, message, cancellationToken).ConfigureAwait(false);
                break;
            case { CallbackQuery: { Message: { } message } query } when IsFromPrivateChat(update.Id, message.Chat, query.From):
                await HandleButtonAsync(update.Id, query, message, cancellationToken).ConfigureAwait(false);
                break;
            case { CallbackQuery: { Message.Chat.Type: ChatType.Private } query }:
                // Refused by the check (someone else's chat); answered all the same so the client's spinner stops.
                await AnswerAsync(query.Id, cancellationToken).ConfigureAwait(false);
                break;
            case { CallbackQuery.Message: null }:
                logger.LogInformation("Ignored update {UpdateId}: a button press on an inline message", update.Id);
                break;
            case { Message: not null } or { CallbackQuery: not null }:
                // Not from a private chat; logged by the check.
                break;
            default:
                logger.LogInformation("Ignored update {UpdateId} of type {UpdateType}", update.Id, update.Type);
                break;
        }
    }

    private async Task HandleMessageAsync(int updateId, Message message, CancellationToken cancellationToken)
    {
        if (UpdateMapper.ToIncoming(message) is not { } incoming)
        {
            logger.LogInformation("Ignored service message {MessageType} in update {UpdateId}", message.Type, updateId);
            return;
        }

        var result = await conversations.HandleAsync(incoming with { Update = new ChannelUpdate(_botId, updateId) }, cancellationToken).ConfigureAwait(false);
        await SendAsync(message.Chat.Id, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleButtonAsync(int updateId, CallbackQuery query, Message message, CancellationToken cancellationToken)
    {
        // Answered before the turn runs, so the client's spinner stops at once; the turn's replies say the rest.
        var answer = AnswerAsync(query.Id, cancellationToken);

        var payload = callbackData.Verify(message.Chat.Id, query.Data);
        if (payload is null)
        {
            logger.LogInformation("Refused a button press in update {UpdateId}: its data was not issued to this chat", updateId);
        }

        var result = await conversations.HandleAsync(
            new IncomingMessage
            {
                UserId = query.From.Id,
                ButtonPayload = payload ?? CallbackData.Unverified,
                ClientLanguage = query.From.LanguageCode,
                FirstName = query.From.FirstName,
                Update = new ChannelUpdate(_botId, updateId),
            },
            cancellationToken).ConfigureAwait(false);

        if (result.AcceptedButtonLabel is { } label)
        {
            // Inaccessible (very old) messages come with date 0 and cannot be edited any more.
            var editable = message.Date > DateTime.UnixEpoch;
            outbound.Enqueue(message.Chat.Id, editable ? [new ChoiceMarkItem(message.Chat.Id, message.Id, message.Text, label)] : []);
        }

        await SendAsync(message.Chat.Id, result, cancellationToken).ConfigureAwait(false);
        await answer.ConfigureAwait(false);
    }

    private async Task SendAsync(long chatId, TurnResult result, CancellationToken cancellationToken)
    {
        if (result.AlreadyHandled)
        {
            logger.LogInformation("An update was delivered again after it was handled; skipped");
        }
        else if (result.Queued is { } queued)
        {
            await pump.AcceptAsync(queued, cancellationToken, justCommitted: true).ConfigureAwait(false);
        }
        else
        {
            // Not committed with a turn (a flood note, an apology the store could not take): sent from memory.
            await outbound.EnqueueAsync(chatId, result.Replies, SendPriority.Reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The spinner stops by itself after a while; the press is still handled.
            logger.LogWarning("Answering a button press failed ({Error})", e.GetType().Name);
        }
    }

    private bool IsFromPrivateChat(int updateId, Chat chat, User? from)
    {
        // Groups were handled before (staff chats) or ignored; people talk with the bot one to one.
        if (chat.Type != ChatType.Private || from is not { IsBot: false })
        {
            logger.LogInformation("Ignored update {UpdateId} from a {ChatType} chat", updateId, chat.Type);
            return false;
        }

        // In a private chat the chat's id is its user's id. A sender who differs (a forged or broken update)
        // would act as themselves while the answers go to the other person's chat: refused.
        if (from.Id != chat.Id)
        {
            logger.LogWarning("Refused update {UpdateId}: its sender is not the user of the private chat it came from", updateId);
            return false;
        }

        return true;
    }
}
