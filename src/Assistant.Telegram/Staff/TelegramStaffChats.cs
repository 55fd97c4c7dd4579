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
    TimeProvider time,
    ILogger<TelegramStaffChats> logger) : IStaffChats
{
    // Telegram's limit for a topic's name.
    private const int MaxTopicTitle = 128;
    private const int TopicAttempts = 4;
    private static readonly TimeSpan MaxTopicWait = TimeSpan.FromMinutes(1);

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
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                // Straight to the Bot API, not through the queue: the topic's id is needed before anything can
                // be posted into it. So Telegram's "wait" (429) and passing failures are honoured here.
                var created = await bot.CreateForumTopic(chatId, title.Length > MaxTopicTitle ? title[..MaxTopicTitle] : title, cancellationToken: cancellationToken).ConfigureAwait(false);
                return created.MessageThreadId;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429 && attempt < TopicAttempts)
            {
                wait = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
            }
            catch (Exception e) when (attempt < TopicAttempts
                && (e is ApiRequestException { ErrorCode: >= 500 } || e is HttpRequestException || (e is RequestException and not ApiRequestException)))
            {
                // ApiRequestException is a RequestException too: Telegram's refusals (400, 403) are not retried.
                wait = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
            }
            catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException)
            {
                // Topics switched off, no right to manage them, or Telegram failing for long: the post goes
                // into the chat itself, so the ticket reaches staff all the same.
                logger.LogWarning("Creating a topic in staff chat {ChatId} failed ({Error}); posting in the chat itself", chatId, e.Message);
                return null;
            }

            logger.LogInformation("Creating a topic in staff chat {ChatId} is tried again in {Wait} (attempt {Attempt})", chatId, wait, attempt + 1);
            await Task.Delay(wait < MaxTopicWait ? wait : MaxTopicWait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
