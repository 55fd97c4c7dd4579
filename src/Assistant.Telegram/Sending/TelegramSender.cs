using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Sending;

/// <summary>What became of one Bot API call, as the queue needs to know it.</summary>
internal enum SendResult
{
    Sent,

    /// <summary>429: Telegram asks to wait; the call is repeated after <see cref="SendOutcome.RetryAfter"/>.</summary>
    TooManyRequests,

    /// <summary>5xx, a timeout or a network error: worth trying again later.</summary>
    Transient,

    /// <summary>403: the user blocked the bot or deleted the account; nothing more can reach them.</summary>
    Blocked,

    /// <summary>Any other refusal (400 and the like): repeating the same call would fail the same way.</summary>
    Failed,
}

internal readonly record struct SendOutcome(SendResult Result, TimeSpan RetryAfter = default);

/// <summary>Makes the Bot API call for one queue item and classifies the answer; never throws for Telegram's refusals.</summary>
internal sealed class TelegramSender(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<TelegramSender> logger)
{
    /// <summary>Marks the chosen button under a message's text; a symbol, so it needs no translation.</summary>
    public const string ChoiceMark = "\n\n✓ ";

    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(options.Value.Sending.RequestTimeoutSeconds);

    public async Task<SendOutcome> SendAsync(OutboundItem item, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            await CallAsync(item, timeout.Token).ConfigureAwait(false);
            return new SendOutcome(SendResult.Sent);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
            logger.LogInformation("Telegram asked to wait {RetryAfter} before sending to chat {ChatId} again", wait, item.ChatId);
            return new SendOutcome(SendResult.TooManyRequests, wait);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            logger.LogInformation("Chat {ChatId} cannot be reached: {Reason}", item.ChatId, e.Message);
            return new SendOutcome(SendResult.Blocked);
        }
        catch (ApiRequestException e) when (e.ErrorCode >= 500)
        {
            logger.LogWarning("Telegram failed ({ErrorCode}) sending to chat {ChatId}", e.ErrorCode, item.ChatId);
            return new SendOutcome(SendResult.Transient);
        }
        catch (ApiRequestException e) when (item is ChoiceMarkItem && e.ErrorCode == 400)
        {
            // The message is gone, too old to edit, or already shows the choice: nothing left to do.
            logger.LogDebug("Keyboard of message {MessageId} in chat {ChatId} was not marked: {Reason}", ((ChoiceMarkItem)item).MessageId, item.ChatId, e.Message);
            return new SendOutcome(SendResult.Failed);
        }
        catch (ApiRequestException e)
        {
            logger.LogWarning("Telegram refused a {Item} for chat {ChatId} ({ErrorCode}: {Reason}); it is dropped", item.GetType().Name, item.ChatId, e.ErrorCode, e.Message);
            return new SendOutcome(SendResult.Failed);
        }
        catch (Exception e) when (e is RequestException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("Sending to chat {ChatId} failed on the way ({Error})", item.ChatId, e.GetType().Name);
            return new SendOutcome(SendResult.Transient);
        }
    }

    private Task CallAsync(OutboundItem item, CancellationToken cancellationToken) => item switch
    {
        TextItem text => bot.SendMessage(text.ChatId, text.Text, replyMarkup: text.Markup, messageThreadId: text.ThreadId, cancellationToken: cancellationToken),
        ForwardedFileItem forwarded => forwarded.SendAsync(bot, cancellationToken),
        FileItem file => SendFileAsync(file, cancellationToken),
        ChoiceMarkItem mark => MarkChoiceAsync(mark, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown outbound item."),
    };

    private async Task SendFileAsync(FileItem file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(file.File.Content, writable: false);
        await bot.SendDocument(file.ChatId, InputFile.FromStream(content, file.File.FileName), replyMarkup: file.Markup, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private Task MarkChoiceAsync(ChoiceMarkItem mark, CancellationToken cancellationToken)
    {
        var marked = mark.OriginalText + ChoiceMark + mark.Label;
        // Editing the text without a keyboard removes the keyboard too; when the text cannot be
        // edited (not known, or too long with the mark), removing the keyboard alone still prevents a second press.
        return mark.OriginalText is not null && marked.Length <= MessageSplitter.MaxLength
            ? bot.EditMessageText(mark.ChatId, mark.MessageId, marked, cancellationToken: cancellationToken)
            : bot.EditMessageReplyMarkup(mark.ChatId, mark.MessageId, replyMarkup: null, cancellationToken: cancellationToken);
    }
}
