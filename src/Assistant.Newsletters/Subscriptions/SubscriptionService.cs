using Assistant.Core.Users;
using Assistant.Newsletters.Sending;

namespace Assistant.Newsletters.Subscriptions;

/// <summary>
/// Switches topics on and off for a person. The first topic records the consent to newsletters in the
/// person's consent history (purpose <see cref="NewsletterConsent.Purpose"/>), the last one off its withdrawal.
/// </summary>
public sealed class SubscriptionService(ISubscriptionStore subscriptions, INewsletterStore newsletters, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> TopicsAsync(long userId, CancellationToken cancellationToken) =>
        (await subscriptions.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Topics ?? [];

    /// <summary>Switches <paramref name="topic"/>; returns whether it is on now, and the profile with the consent recorded when that changed.</summary>
    public async Task<(bool On, UserProfile Profile)> ToggleAsync(UserProfile profile, string topic, CancellationToken cancellationToken)
    {
        var before = await TopicsAsync(profile.UserId, cancellationToken).ConfigureAwait(false);
        var on = !before.Contains(topic);
        var after = NewsletterTopics.All.Where(t => t == topic ? on : before.Contains(t)).ToList();
        await SaveAsync(profile.UserId, after, cancellationToken).ConfigureAwait(false);
        if (!on)
        {
            await MarkUnsubscribedAsync(profile.UserId, topic, null, cancellationToken).ConfigureAwait(false);
        }

        return (on, Consent(profile, before.Count, after.Count));
    }

    /// <summary>
    /// The unsubscribe button under a newsletter: ends the newsletter's topic for the person. Returns the
    /// topic, or null when the newsletter is unknown or was not sent to them.
    /// </summary>
    public async Task<(string? Topic, UserProfile Profile)> UnsubscribeAsync(UserProfile profile, string newsletterId, CancellationToken cancellationToken)
    {
        if (await newsletters.GetAsync(newsletterId, cancellationToken).ConfigureAwait(false) is not { } newsletter)
        {
            return (null, profile);
        }

        var before = await TopicsAsync(profile.UserId, cancellationToken).ConfigureAwait(false);
        var after = before.Where(t => t != newsletter.Topic).ToList();
        await SaveAsync(profile.UserId, after, cancellationToken).ConfigureAwait(false);
        await MarkUnsubscribedAsync(profile.UserId, newsletter.Topic, newsletterId, cancellationToken).ConfigureAwait(false);
        return (newsletter.Topic, Consent(profile, before.Count, after.Count));
    }

    private async Task SaveAsync(long userId, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        if (topics.Count == 0)
        {
            await subscriptions.DeleteAsync(userId, cancellationToken).ConfigureAwait(false);
            return;
        }

        await subscriptions.SaveAsync(new NewsletterSubscriber { UserId = userId, Topics = topics, ChangedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the person as unsubscribed after the newsletters of the topic they got (or the one whose button they pressed).</summary>
    private async Task MarkUnsubscribedAsync(long userId, string topic, string? newsletterId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var delivery in await newsletters.DeliveriesForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            if (delivery.UnsubscribedAt is not null || delivery.State is not (DeliveryState.Sent or DeliveryState.Bounced))
            {
                continue;
            }

            if (delivery.NewsletterId == newsletterId
                || (await newsletters.GetAsync(delivery.NewsletterId, cancellationToken).ConfigureAwait(false))?.Topic == topic)
            {
                await newsletters.SaveDeliveryAsync(delivery with { UnsubscribedAt = now }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private UserProfile Consent(UserProfile profile, int topicsBefore, int topicsAfter)
    {
        if ((topicsBefore == 0) == (topicsAfter == 0))
        {
            return profile;
        }

        var decision = topicsAfter > 0 ? ConsentDecision.Given : ConsentDecision.Refused;
        var record = new ConsentRecord(decision, time.GetUtcNow(), profile.Language ?? Core.Localization.Languages.Reference, ConsentRecorder.NoticeVersion, NewsletterConsent.Purpose);
        return profile with { ConsentHistory = [.. profile.ConsentHistory, record] };
    }
}
