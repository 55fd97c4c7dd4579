using Assistant.Core.Conversations;
using Assistant.Core.Localization;

namespace Assistant.Newsletters.Sending;

/// <summary>A newsletter as one language's subscribers see it: topic, text, and the unsubscribe button.</summary>
public sealed class NewsletterMessages(TextCatalog texts)
{
    public const string UnsubscribeCommand = "/unsubscribe";

    public OutgoingMessage Render(Newsletter newsletter, string language)
    {
        var (text, own) = newsletter.TextFor(language);
        var values = new Dictionary<string, string> { ["topic"] = texts.Get(language, NewsletterTopics.TextKey(newsletter.Topic)) };
        var parts = new List<string> { texts.Get(language, "newsletter.header", values) };
        if (!own && language != Languages.Reference)
        {
            parts.Add(texts.Get(language, "newsletter.only_german"));
        }

        parts.Add(own ? texts.Directional(language, text) : text);
        return new OutgoingMessage
        {
            Text = string.Join("\n\n", parts),
            Direction = own ? texts.DirectionOf(language) : TextDirection.LeftToRight,
            Buttons = [[new Button(texts.Get(language, "newsletter.unsubscribe_button"), $"{UnsubscribeCommand} {newsletter.Id}")]],
        };
    }
}
