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
    ILogger<TelegramStaffChats> logger) : IStaffChats
{
    // Telegram's limit for a topic's name.
    private const int MaxTopicTitle = 128;

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
        try
        {
            // Straight to the Bot API: the topic's id is needed before anything can be posted into it.
            var created = await bot.CreateForumTopic(chatId, title.Length > MaxTopicTitle ? title[..MaxTopicTitle] : title, cancellationToken: cancellationToken).ConfigureAwait(false);
            return created.MessageThreadId;
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException)
        {
            // Topics switched off or no right to manage them: the post goes into the chat itself.
            logger.LogWarning("Creating a topic in staff chat {ChatId} failed ({Error}); posting in the chat itself", chatId, e.Message);
            return null;
        }
    }
}
