using Assistant.Core.Privacy;
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
    WorkshopMessages messages) : IPersonalDataArea
{
    public string Name => "workshops";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var mine = await store.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            return null;
        }

        var lines = mine.Select(r =>
        {
            var values = catalog.FindSession(r.WorkshopId, r.SessionId) is { Workshop: var w, Session: var s }
                ? messages.About(w, s, language)
                : new Dictionary<string, string> { ["title"] = r.WorkshopId, ["date"] = r.SessionId, ["day"] = r.SessionId, ["time"] = "", ["place"] = "" };
            return messages.ExportLine(language, values, messages.Text(language, "workshops.status." + r.Status.ToString().ToLowerInvariant()));
        }).ToList();
        return new PersonalDataSection(Name, lines, mine);
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        foreach (var registration in await store.ForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            if (registration.IsActive)
            {
                await registrations.CancelAsync(registration.Id, userId, cancellationToken).ConfigureAwait(false);
            }

            // A session that has started is not cancelled above; its jobs must not outlive the data.
            await planner.CancelAllAsync(registration.Id, cancellationToken).ConfigureAwait(false);
        }

        return await store.DeleteForUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }
}
