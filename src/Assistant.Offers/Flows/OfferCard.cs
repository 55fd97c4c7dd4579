using Assistant.Core.Localization;
using Assistant.Offers.Content;

namespace Assistant.Offers.Flows;

/// <summary>
/// An offer as one message that fits a phone screen: the title, the first sentence or two of the
/// description, then when and where, cost, contact and languages, each behind a short label. Everything
/// but the labels comes from the content file, so the bot never states a date or price of its own.
/// </summary>
public static class OfferCard
{
    // About two lines on a phone; the whole description is in the content for staff and the AI prompt.
    private const int DescriptionLength = 160;

    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '。'];

    /// <summary>A button to another offer that fits the same question; the arrow leaves less room, so the title is cut to fit.</summary>
    public static string RelatedButton(Offer offer, string language, TextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(texts);
        return ButtonFormat.Fit(texts.Get(language, "offers.related", new Dictionary<string, string> { ["title"] = offer.Text(language).Title }));
    }

    public static string Text(Offer offer, string language, TextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(texts);
        var t = offer.Text(language);
        string Line(string key, string value) => texts.Get(language, key, new Dictionary<string, string> { ["value"] = value });

        return string.Join('\n',
            texts.Get(language, "offers.card_title", new Dictionary<string, string> { ["title"] = t.Title }),
            ShortDescription(t.Description),
            "",
            Line("offers.card_when", t.WhenWhere),
            Line("offers.card_cost", t.Cost),
            Line("offers.card_contact", t.Contact),
            Line("offers.card_languages", t.Languages));
    }

    /// <summary>Whole sentences up to about two phone lines; a first sentence longer than that is cut at a word.</summary>
    internal static string ShortDescription(string description)
    {
        var text = description.Trim();
        var end = 0;
        while (end < text.Length)
        {
            var next = NextSentenceEnd(text, end);
            if (next > DescriptionLength && end > 0)
            {
                break;
            }

            end = next;
        }

        if (end <= DescriptionLength + 40)
        {
            return text[..end].Trim();
        }

        var cut = text.LastIndexOf(' ', DescriptionLength);
        return text[..(cut > 0 ? cut : DescriptionLength)].TrimEnd(',', ';', ':', ' ', '،') + " …";
    }

    private static int NextSentenceEnd(string text, int from)
    {
        var i = text.IndexOfAny(SentenceEnds, from);
        while (i >= 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
        {
            // "z.B." or "9.00": not the end of a sentence.
            i = text.IndexOfAny(SentenceEnds, i + 1);
        }

        return i < 0 ? text.Length : i + 1;
    }
}
