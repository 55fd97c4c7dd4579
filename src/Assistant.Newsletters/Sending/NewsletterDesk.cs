using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Newsletters.Subscriptions;

namespace Assistant.Newsletters.Sending;

/// <summary>
/// What staff do with newsletters: write one (German first), add a language, preview, send now or at a
/// time, and read the figures. The staff commands use it; a staff console can call it the same way.
/// </summary>
public sealed class NewsletterDesk(
    INewsletterStore store,
    ISubscriptionStore subscriptions,
    IUserProfileStore profiles,
    NewsletterMessages messages,
    JobScheduler scheduler,
    TimeProvider time)
{
    public const string SendJobKind = "newsletter.send";

    public async Task<Newsletter> CreateAsync(string topic, string germanText, long staffUserId, CancellationToken cancellationToken)
    {
        var number = await store.NextNumberAsync(cancellationToken).ConfigureAwait(false);
        var newsletter = new Newsletter
        {
            Id = "N-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Topic = topic,
            Texts = new Dictionary<string, string> { [Languages.Reference] = germanText },
            CreatedBy = staffUserId,
            CreatedAt = time.GetUtcNow(),
        };
        await store.SaveAsync(newsletter, cancellationToken).ConfigureAwait(false);
        return newsletter;
    }

    /// <summary>Sets the text of one language while the newsletter is still a draft or waits for its time; null when it cannot change any more.</summary>
    public async Task<Newsletter?> SetTextAsync(string id, string language, string text, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { State: NewsletterState.Draft or NewsletterState.Scheduled } newsletter)
        {
            return null;
        }

        var changed = newsletter with { Texts = new Dictionary<string, string>(newsletter.Texts) { [language] = text } };
        await store.SaveAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Schedules the sending at <paramref name="at"/> (now when null); null when it was already sent or is being sent.</summary>
    public async Task<Newsletter?> ScheduleAsync(string id, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { State: NewsletterState.Draft or NewsletterState.Scheduled } newsletter)
        {
            return null;
        }

        var due = at ?? time.GetUtcNow();
        var scheduled = newsletter with { State = NewsletterState.Scheduled, SendAt = due };
        await store.SaveAsync(scheduled, cancellationToken).ConfigureAwait(false);
        // Same job id: a new time replaces the old one while it is pending.
        await scheduler.ScheduleAsync(SendJob(id, "", due), cancellationToken).ConfigureAwait(false);
        return scheduled;
    }

    /// <summary>The newsletter as each language's subscribers would get it, with how many they are now.</summary>
    public async Task<IReadOnlyList<(string Language, int Subscribers, OutgoingMessage Message)>> PreviewAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        var counts = Languages.Supported.ToDictionary(l => l, _ => 0);
        foreach (var userId in await subscriptions.WithTopicAsync(newsletter.Topic, cancellationToken).ConfigureAwait(false))
        {
            var language = (await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Language;
            counts[Languages.IsSupported(language) ? language! : Languages.Reference]++;
        }

        return Languages.Supported.Select(l => (l, counts[l], messages.Render(newsletter, l))).ToList();
    }

    public async Task<NewsletterFigures> FiguresAsync(string id, CancellationToken cancellationToken)
    {
        var deliveries = await store.DeliveriesAsync(id, cancellationToken).ConfigureAwait(false);
        int Count(params DeliveryState[] states) => deliveries.Count(d => states.Contains(d.State));
        return new NewsletterFigures(
            Recipients: deliveries.Count,
            Sent: Count(DeliveryState.Sent, DeliveryState.Bounced),
            Delivered: Count(DeliveryState.Sent),
            Failed: Count(DeliveryState.Failed, DeliveryState.Bounced),
            Unsubscribed: deliveries.Count(d => d.UnsubscribedAt is not null),
            Waiting: Count(DeliveryState.Pending, DeliveryState.Claimed));
    }

    internal static ScheduledJob SendJob(string newsletterId, string suffix, DateTimeOffset due) => new()
    {
        Id = $"newsletter-send:{newsletterId}{suffix}",
        Kind = SendJobKind,
        DueAt = due,
        // Newsletters are not urgent: one planned for the evening waits for the morning.
        RespectsQuietHours = true,
        Data = new Dictionary<string, string> { ["newsletter"] = newsletterId },
    };
}
