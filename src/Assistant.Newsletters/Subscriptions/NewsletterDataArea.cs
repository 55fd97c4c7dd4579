using Assistant.Core.Localization;
using Assistant.Core.Privacy;
using Assistant.Newsletters.Sending;

namespace Assistant.Newsletters.Subscriptions;

/// <summary>
/// Newsletters in /mydata and /delete: the topics a person receives, and which newsletters went to
/// them. Erasure removes the subscription and keeps each delivery only as an anonymous figure.
/// </summary>
internal sealed class NewsletterDataArea(ISubscriptionStore subscriptions, INewsletterStore newsletters, TextCatalog texts) : IPersonalDataArea
{
    public string Name => "newsletters";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var subscriber = await subscriptions.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var deliveries = await newsletters.DeliveriesForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (subscriber is null && deliveries.Count == 0)
        {
            return null;
        }

        var topics = (subscriber?.Topics ?? []).Select(t => texts.Get(language, NewsletterTopics.TextKey(t)));
        var lines = new List<string>
        {
            texts.Get(language, "newsletter.data_topics", new Dictionary<string, string>
            {
                ["topics"] = subscriber is null ? "-" : texts.List(language, topics),
                ["number"] = deliveries.Count(d => d.State is DeliveryState.Sent or DeliveryState.Bounced).ToString(System.Globalization.CultureInfo.InvariantCulture),
            }),
        };
        return new PersonalDataSection(Name, lines, new
        {
            topics = subscriber?.Topics ?? [],
            since = subscriber?.ChangedAt,
            received = deliveries.Select(d => new { newsletter = d.NewsletterId, state = d.State.ToString(), at = d.At }),
        });
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.DeleteAsync(userId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        return removed + await newsletters.AnonymizeForUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }
}
