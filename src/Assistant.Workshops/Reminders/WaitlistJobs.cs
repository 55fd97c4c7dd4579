using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Reminders;

/// <summary>Sends a waiting-list offer; its answer time starts now.</summary>
internal sealed class WaitlistOfferJob(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger) : IJobHandler
{
    public string Kind => JobKinds.WaitlistOffer;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var round = int.Parse(job.Data[JobKinds.Round], CultureInfo.InvariantCulture);
        if (await registrations.StartOfferAsync(job.Data[JobKinds.Registration], round, cancellationToken).ConfigureAwait(false) is not { } offer
            || catalog.FindSession(offer.WorkshopId, offer.SessionId) is not { Workshop: var workshop, Session: var session })
        {
            return;
        }

        var language = await messages.LanguageOfAsync(offer.UserId, offer.Language, cancellationToken).ConfigureAwait(false);
        await messenger.SendAsync(offer.UserId, [messages.Offer(workshop, session, offer, language)], cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Ends an offer nobody answered and passes the place on.</summary>
internal sealed class WaitlistDeadlineJob(RegistrationService registrations) : IJobHandler
{
    public string Kind => JobKinds.WaitlistDeadline;

    public Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        registrations.ExpireOfferAsync(job.Data[JobKinds.Registration], int.Parse(job.Data[JobKinds.Round], CultureInfo.InvariantCulture), cancellationToken);
}

/// <summary>Tells a person, outside quiet hours, that their offer ran out and the place went on.</summary>
internal sealed class WaitlistExpiredNoticeJob(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger) : IJobHandler
{
    public string Kind => JobKinds.WaitlistExpiredNotice;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await registrations.GetAsync(job.Data[JobKinds.Registration], cancellationToken).ConfigureAwait(false) is not { Status: RegistrationStatus.OfferExpired } registration
            || catalog.FindSession(registration.WorkshopId, registration.SessionId) is not { Workshop: var workshop, Session: var session })
        {
            return;
        }

        var language = await messages.LanguageOfAsync(registration.UserId, registration.Language, cancellationToken).ConfigureAwait(false);
        await messenger.SendAsync(registration.UserId, [messages.OfferExpired(workshop, session, language)], cancellationToken).ConfigureAwait(false);
    }
}
