using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Assistant.Newsletters.Sending;

/// <summary>
/// Sends a newsletter to everyone subscribed to its topic when it starts, one recipient at a time,
/// through the channel's proactive lane (behind replies). Each copy is recorded before and after it is
/// handed over, so a restart continues with those still pending and never sends anyone a second copy.
/// A crash between handing over and recording leaves the copy "claimed": it is not sent again and counts
/// as failed, though the person may have got it (at most once, never twice).
/// </summary>
public sealed class NewsletterSender(
    INewsletterStore store,
    ISubscriptionStore subscriptions,
    IUserProfileStore profiles,
    IUserMessenger messenger,
    NewsletterMessages messages,
    TimeProvider time,
    ILogger<NewsletterSender> logger)
{
    /// <summary>Sends what is still to send of <paramref name="newsletterId"/>; returns how many copies were handed over now.</summary>
    public async Task<int> SendAsync(string newsletterId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(newsletterId, cancellationToken).ConfigureAwait(false) is not { } newsletter
            || newsletter.State is NewsletterState.Draft or NewsletterState.Sent)
        {
            return 0;
        }

        if (newsletter.State == NewsletterState.Scheduled)
        {
            newsletter = await FixRecipientsAsync(newsletter, cancellationToken).ConfigureAwait(false);
        }

        var rendered = new Dictionary<string, OutgoingMessage>();
        var handed = 0;
        foreach (var delivery in await store.DeliveriesAsync(newsletter.Id, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (delivery.State)
            {
                case DeliveryState.Claimed:
                    // Left by a crash between claiming and recording: perhaps sent, so never again.
                    await store.SaveDeliveryAsync(delivery with { State = DeliveryState.Failed, At = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
                    break;
                case DeliveryState.Pending:
                    if (!rendered.TryGetValue(delivery.Language, out var message))
                    {
                        rendered[delivery.Language] = message = messages.Render(newsletter, delivery.Language);
                    }

                    handed += await DeliverAsync(delivery, message, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                    break;
            }
        }

        await store.SaveAsync(newsletter with { State = NewsletterState.Sent, FinishedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Newsletter {NewsletterId} sent: {Count} copies handed over in this run", newsletter.Id, handed);
        return handed;
    }

    private async Task<Newsletter> FixRecipientsAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        var recipients = new List<NewsletterDelivery>();
        foreach (var userId in await subscriptions.WithTopicAsync(newsletter.Topic, cancellationToken).ConfigureAwait(false))
        {
            // Without the general consent (withdrawn since subscribing) nothing is sent.
            if (await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false) is { Consent: ConsentDecision.Given } profile)
            {
                recipients.Add(new NewsletterDelivery
                {
                    Id = NewsletterDelivery.IdFor(newsletter.Id, userId),
                    NewsletterId = newsletter.Id,
                    UserId = userId,
                    Language = profile.Language ?? Core.Localization.Languages.Reference,
                });
            }
        }

        await store.AddDeliveriesAsync(recipients, cancellationToken).ConfigureAwait(false);
        var sending = newsletter with { State = NewsletterState.Sending, StartedAt = time.GetUtcNow() };
        await store.SaveAsync(sending, cancellationToken).ConfigureAwait(false);
        return sending;
    }

    private async Task<bool> DeliverAsync(NewsletterDelivery delivery, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (delivery.UserId == 0
            || await profiles.GetAsync(delivery.UserId, cancellationToken).ConfigureAwait(false) is not { Unreachable: false })
        {
            await store.SaveDeliveryAsync(delivery with { State = DeliveryState.Failed, At = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            await subscriptions.DeleteAsync(delivery.UserId, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var claimed = delivery with { State = DeliveryState.Claimed, At = time.GetUtcNow() };
        await store.SaveDeliveryAsync(claimed, cancellationToken).ConfigureAwait(false);
        try
        {
            await messenger.SendAsync(delivery.UserId, [message], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Newsletter {NewsletterId} could not be handed over for user {UserId}", delivery.NewsletterId, delivery.UserId);
            await store.SaveDeliveryAsync(claimed with { State = DeliveryState.Failed }, cancellationToken).ConfigureAwait(false);
            return false;
        }

        await store.SaveDeliveryAsync(claimed with { State = DeliveryState.Sent, At = time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
        return true;
    }
}
