using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Reminders;

/// <summary>
/// A job that writes to a person about their registration, in the language they chose (else the one they
/// registered in). A registration that is gone, or whose session was removed from the content, gets nothing.
/// </summary>
internal abstract class RegistrationMessageJob(string kind, WorkshopCatalog catalog, WorkshopMessages messages, IUserMessenger messenger) : IJobHandler
{
    public string Kind => kind;

    protected WorkshopMessages Messages => messages;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await RegistrationAsync(job, cancellationToken).ConfigureAwait(false) is not { } registration
            || catalog.FindSession(registration.WorkshopId, registration.SessionId) is not { Workshop: var workshop, Session: var session })
        {
            return;
        }

        var language = await messages.LanguageOfAsync(registration.UserId, registration.Language, cancellationToken).ConfigureAwait(false);
        await messenger.SendAsync(registration.UserId, [Message(workshop, session, registration, language)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The registration to write about, after what the job changes; null when there is nothing to say any more.</summary>
    protected abstract Task<WorkshopRegistration?> RegistrationAsync(ScheduledJob job, CancellationToken cancellationToken);

    /// <summary>The job's registration while it has <paramref name="status"/>; changed since (cancelled, say), it gets nothing.</summary>
    protected static async Task<WorkshopRegistration?> InStatusAsync(RegistrationService registrations, ScheduledJob job, RegistrationStatus status, CancellationToken cancellationToken) =>
        await registrations.GetAsync(job.Data[JobKinds.Registration], cancellationToken).ConfigureAwait(false) is { } registration && registration.Status == status
            ? registration
            : null;

    protected abstract OutgoingMessage Message(Workshop workshop, WorkshopSession session, WorkshopRegistration registration, string language);
}
