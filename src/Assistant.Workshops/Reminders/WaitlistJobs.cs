using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Reminders;

/// <summary>Sends a waiting-list offer; its answer time starts now.</summary>
internal sealed class WaitlistOfferJob(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger)
    : RegistrationMessageJob(JobKinds.WaitlistOffer, catalog, messages, messenger)
{
    protected override Task<WorkshopRegistration?> RegistrationAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        registrations.StartOfferAsync(job.Data[JobKinds.Registration], Round(job), cancellationToken);

    protected override OutgoingMessage Message(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language) =>
        Messages.Offer(workshop, session, registration, language);

    internal static int Round(ScheduledJob job) => int.Parse(job.Data[JobKinds.Round], CultureInfo.InvariantCulture);
}

/// <summary>Ends an offer nobody answered and passes the place on.</summary>
internal sealed class WaitlistDeadlineJob(RegistrationService registrations) : IJobHandler
{
    public string Kind => JobKinds.WaitlistDeadline;

    public Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        registrations.ExpireOfferAsync(job.Data[JobKinds.Registration], WaitlistOfferJob.Round(job), cancellationToken);
}

/// <summary>Tells a person, outside quiet hours, that their offer ran out and the place went on.</summary>
internal sealed class WaitlistExpiredNoticeJob(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger)
    : RegistrationMessageJob(JobKinds.WaitlistExpiredNotice, catalog, messages, messenger)
{
    protected override Task<WorkshopRegistration?> RegistrationAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        InStatusAsync(registrations, job, RegistrationStatus.OfferExpired, cancellationToken);

    protected override OutgoingMessage Message(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language) =>
        Messages.OfferExpired(workshop, session, language);
}
