using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Assistant.Telegram.Staff;

/// <summary>
/// Staff posts in the configured supergroups: a new ticket opens a forum topic (createForumTopic), its
/// posts go into the topic (message_thread_id) through the outbound queue like every other message.
/// </summary>
internal sealed class TelegramStaffChats(
    ITelegramBotClient bot,
    OutboundMapper mapper,
    OutboundQueue queue,
    IOptions<StaffChatsOptions> options,
    IOptions<TelegramOptions> telegram,
    ILogger<TelegramStaffChats> logger) : IStaffChats
{
    // Telegram's limit for a topic's name.
    private const int MaxTopicTitle = 128;
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(telegram.Value.Sending.RequestTimeoutSeconds);

    public async Task<StaffPost> PostAsync(StaffChatKind kind, OutgoingMessage message, string? newTopicTitle, CancellationToken cancellationToken)
    {
        if (options.Value.ChatFor(kind) is not { } chatId)
        {
            logger.LogWarning("No staff chat is set up for {Kind} ({Section}:{Kind}); a staff post was not delivered", kind, StaffChatsOptions.Section, kind);
            return new StaffPost(kind, 0, null, null);
        }

        int? topic = newTopicTitle is null ? null : await CreateTopicAsync(chatId, newTopicTitle, cancellationToken).ConfigureAwait(false);
        var post = new StaffPost(kind, chatId, topic, null);
        await ReplyAsync(post, message, cancellationToken).ConfigureAwait(false);
        return post;
    }

    public async Task<StaffPost> ReplyAsync(StaffPost topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (topic.ChatId == 0)
        {
            return topic;
        }

        var items = await mapper.MapAsync(topic.ChatId, [message], SendPriority.Reply, cancellationToken).ConfigureAwait(false);
        queue.Enqueue(topic.ChatId, items.Select(item => item switch
        {
            TextItem text => text with { ThreadId = topic.TopicId },
            ForwardedFileItem file => file with { ThreadId = topic.TopicId },
            _ => item,
        }).ToList());
        return topic;
    }

    private async Task<int?> CreateTopicAsync(long chatId, string title, CancellationToken cancellationToken)
    {
        // One attempt, straight to the Bot API (the topic's id is needed before anything can be posted into
        // it). Waiting and trying again is the caller's: it runs outside any user's turn and keeps what is
        // pending, so Telegram's "wait 20 s" holds up nobody.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var created = await bot.CreateForumTopic(chatId, title.Length > MaxTopicTitle ? title[..MaxTopicTitle] : title, cancellationToken: timeout.Token).ConfigureAwait(false);
            return created.MessageThreadId;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            throw new StaffChatUnavailableException($"Telegram asked to wait before creating a topic in staff chat {chatId}", TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)), e);
        }
        catch (Exception e) when (e is ApiRequestException { ErrorCode: >= 500 } || e is HttpRequestException || (e is RequestException and not ApiRequestException)
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // ApiRequestException is a RequestException too: Telegram's refusals (400, 403) are not retried.
            throw new StaffChatUnavailableException($"Creating a topic in staff chat {chatId} failed on the way ({e.GetType().Name})", null, e);
        }
        catch (ApiRequestException e)
        {
            // Topics switched off or no right to manage them: the post goes into the chat itself, so the
            // ticket reaches staff all the same.
            logger.LogWarning("Creating a topic in staff chat {ChatId} was refused ({Error}); posting in the chat itself", chatId, e.Message);
            return null;
        }
    }
}
