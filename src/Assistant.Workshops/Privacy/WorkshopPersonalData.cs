using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;

namespace Assistant.Workshops.Privacy;

/// <summary>Workshop registrations in "my data" and erasure. Erasure cancels first, so the waiting list moves on.</summary>
internal sealed class WorkshopPersonalData(
    RegistrationService registrations,
    IRegistrationStore store,
    ReminderPlanner planner,
    WorkshopCatalog catalog,
    WorkshopMessages messages) : BookingPersonalData<WorkshopRegistration>("workshops", planner, messages)
{
    protected override Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        store.ForUserAsync(userId, cancellationToken);

    protected override Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        store.DeleteForUserAsync(userId, cancellationToken);

    protected override string IdOf(WorkshopRegistration item) => item.Id;

    protected override IReadOnlyDictionary<string, string> About(WorkshopRegistration item, string language) =>
        catalog.FindSession(item.WorkshopId, item.SessionId) is { Workshop: var workshop, Session: var session }
            ? Messages.About(workshop, session, language)
            : new Dictionary<string, string> { ["title"] = item.WorkshopId, ["date"] = item.SessionId, ["day"] = item.SessionId, ["time"] = "", ["place"] = "" };

    protected override string StatusKey(WorkshopRegistration item) => "workshops.status." + item.Status.ToString().ToLowerInvariant();

    // A session that has started is not cancelled here; the base still cancels its jobs, which must not outlive the data.
    protected override async Task BeforeErasingAsync(WorkshopRegistration item, long userId, CancellationToken cancellationToken)
    {
        if (item.IsActive)
        {
            await registrations.CancelAsync(item.Id, userId, cancellationToken).ConfigureAwait(false);
        }
    }
}
