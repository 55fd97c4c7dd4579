using System.Collections.Concurrent;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;
using Assistant.Telegram.Buttons;
using Telegram.Bot.Types.ReplyMarkups;

namespace Assistant.Telegram.Sending;

/// <summary>
/// Turns the engine's channel-neutral messages into Bot API calls: long texts split, buttons signed
/// into inline keyboards on the last part, a contact request as a one-time reply keyboard.
/// </summary>
internal sealed class OutboundMapper(CallbackData callbackData, TextCatalog texts, IUserProfileStore profiles)
{
    /// <summary>Text key of the "share my phone number" button.</summary>
    public const string ShareContactKey = "telegram.share_contact";

    // Chats that were last shown a contact keyboard: the next plain message removes it, so it does not
    // linger under later questions. Small: an entry lives from the request to the next message.
    private readonly ConcurrentDictionary<long, byte> _contactKeyboardShown = new();

    public async Task<IReadOnlyList<OutboundItem>> MapAsync(long chatId, IReadOnlyList<OutgoingMessage> messages, SendPriority priority, CancellationToken cancellationToken)
    {
        var items = new List<OutboundItem>();
        foreach (var message in messages)
        {
            var markup = await MarkupAsync(chatId, message, cancellationToken).ConfigureAwait(false);
            var parts = string.IsNullOrWhiteSpace(message.Text) ? [] : MessageSplitter.Split(message.Text);
            for (var i = 0; i < parts.Count; i++)
            {
                var last = i == parts.Count - 1 && message.File is null;
                items.Add(new TextItem(chatId, priority, parts[i], last ? markup : null));
            }

            if (message.File is { } file)
            {
                items.Add(new FileItem(chatId, priority, file, markup));
            }
            else if (parts.Count == 0 && markup is not null)
            {
                throw new ArgumentException("A message with buttons needs a text: Telegram shows buttons under a text.", nameof(messages));
            }

            items.AddRange(message.Attachments.Select(a => new ForwardedFileItem(chatId, priority, a)));
        }

        return items;
    }

    private async Task<ReplyMarkup?> MarkupAsync(long chatId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Buttons.Count > 0)
        {
            // Inline buttons win over a contact request: one message cannot carry both keyboards.
            return new InlineKeyboardMarkup(message.Buttons.Select(row =>
                row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, callbackData.Sign(chatId, b.Payload)))));
        }

        if (message.RequestsContact)
        {
            _contactKeyboardShown[chatId] = 0;
            var language = (await profiles.GetAsync(chatId, cancellationToken).ConfigureAwait(false))?.Language ?? Languages.Reference;
            var label = texts.Contains(ShareContactKey) ? texts.Get(language, ShareContactKey) : "📱";
            return new ReplyKeyboardMarkup(new KeyboardButton(label) { RequestContact = true })
            {
                OneTimeKeyboard = true,
                ResizeKeyboard = true,
            };
        }

        return _contactKeyboardShown.TryRemove(chatId, out _) ? new ReplyKeyboardRemove() : null;
    }
}
