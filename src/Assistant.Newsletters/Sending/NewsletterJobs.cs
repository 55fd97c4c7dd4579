using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Newsletters.Sending;

/// <summary>Sends a newsletter at its time, then plans the look at who blocked the bot.</summary>
internal sealed class NewsletterSendJob(NewsletterSender sender, JobScheduler scheduler, IOptions<NewslettersOptions> options, TimeProvider time) : IJobHandler
{
    public string Kind => NewsletterDesk.SendJobKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var id = job.Data["newsletter"];
        await sender.SendAsync(id, cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleAsync(new ScheduledJob
        {
            Id = $"newsletter-blocked:{id}",
            Kind = NewsletterBlockedCheckJob.JobKind,
            DueAt = time.GetUtcNow().AddMinutes(options.Value.CheckBlockedAfterMinutes),
            Data = job.Data,
        }, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// The channel learns that someone blocked the bot only when it tries to deliver, after the newsletter
/// was handed over. This job counts those copies as failed and ends the person's subscriptions.
/// </summary>
internal sealed class NewsletterBlockedCheckJob(INewsletterStore store, ISubscriptionStore subscriptions, IUserProfileStore profiles) : IJobHandler
{
    public const string JobKind = "newsletter.blocked";

    public string Kind => JobKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        foreach (var delivery in await store.DeliveriesAsync(job.Data["newsletter"], cancellationToken).ConfigureAwait(false))
        {
            if (delivery is { State: DeliveryState.Sent, UserId: not 0 }
                && await profiles.GetAsync(delivery.UserId, cancellationToken).ConfigureAwait(false) is { Unreachable: true })
            {
                await store.SaveDeliveryAsync(delivery with { State = DeliveryState.Bounced }, cancellationToken).ConfigureAwait(false);
                await subscriptions.DeleteAsync(delivery.UserId, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>
/// At start, continues newsletters a stop or crash interrupted: their send job was taken already and a
/// taken job never runs twice, so a new one is planned for now.
/// </summary>
internal sealed class NewsletterResume(INewsletterStore store, JobScheduler scheduler, TimeProvider time, ILogger<NewsletterResume> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var newsletter in (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Where(n => n.State == NewsletterState.Sending))
        {
            logger.LogInformation("Newsletter {NewsletterId} was interrupted while sending; it continues", newsletter.Id);
            var suffix = ":resume-" + now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await scheduler.ScheduleAsync(NewsletterDesk.SendJob(newsletter.Id, suffix, now), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
