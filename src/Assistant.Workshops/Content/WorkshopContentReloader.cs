using Assistant.Core.Hosting;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using Microsoft.Extensions.Logging;

namespace Assistant.Workshops.Content;

/// <summary>
/// Reloads the workshop and appointment files when staff change them (<see cref="ContentFolderWatcher"/> calls
/// <see cref="ReloadAsync"/> once the folders have been quiet). People registered for a session that was removed
/// or shrank keep their registration: staff decide whom to tell, so a warning names the session; the
/// reminders of a moved session move with it.
/// </summary>
internal sealed class WorkshopContentReloader(
    WorkshopCatalog catalog,
    RegistrationService registrations,
    ReminderPlanner planner,
    ILogger<WorkshopContentReloader> logger)
{
    // One reload at a time, so that the reminders of a session moved twice in a row follow the last move.
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Reads the files again now (the watcher calls this after the quiet time) and looks after the registrations of changed sessions.</summary>
    public async Task<WorkshopReload> ReloadAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reload = catalog.Reload();
            if (reload.Succeeded)
            {
                foreach (var workshop in reload.Before.Workshops)
                {
                    foreach (var session in workshop.Sessions)
                    {
                        await CheckSessionAsync(workshop.Id, session, reload.After.FindSession(workshop.Id, session.Id)?.Session, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return reload;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task CheckSessionAsync(string workshopId, WorkshopSession before, WorkshopSession? after, CancellationToken cancellationToken)
    {
        if (after is not null && after.Capacity > before.Capacity && after.Start == before.Start)
        {
            // More places: the waiting list should not wait for someone to cancel.
            var offered = await registrations.OfferFreePlacesAsync(workshopId, after, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Session {SessionId} of workshop {WorkshopId} gained places; {Count} offered to the waiting list", before.Id, workshopId, offered);
            return;
        }

        if (after is not null && after.Capacity == before.Capacity && after.Start == before.Start)
        {
            return;
        }

        var roster = await registrations.ForSessionAsync(workshopId, before.Id, cancellationToken).ConfigureAwait(false);
        var holding = roster.Count(r => r.HoldsPlace);
        if (after is null)
        {
            var active = roster.Count(r => r.HoldsPlace || r.Status == RegistrationStatus.Waiting);
            if (active > 0)
            {
                // Nobody is told or removed automatically: the session may have been deleted by mistake, and staff know what to say.
                logger.LogWarning(
                    "Session {SessionId} of workshop {WorkshopId} is no longer in the content, but {Count} people are registered or waiting; they stay registered but get no reminders. Put the session back under id {SessionId} (also when it only moved) to see them in /registrations again",
                    before.Id, workshopId, active, before.Id);
            }

            return;
        }

        if (holding > after.Capacity)
        {
            logger.LogWarning(
                "Session {SessionId} of workshop {WorkshopId} now has {Capacity} places, but {Holding} people hold one; nobody loses their place. Raise the capacity again, or tell those who cannot come",
                before.Id, workshopId, after.Capacity, holding);
        }

        if (after.Start != before.Start)
        {
            // Reminders were planned for the old start; planning again replaces those not yet sent.
            var confirmed = roster.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
            foreach (var registration in confirmed)
            {
                await planner.ScheduleRemindersAsync(registration, after.Start, cancellationToken).ConfigureAwait(false);
            }

            logger.LogInformation(
                "Session {SessionId} of workshop {WorkshopId} moved; reminders planned again for {Count} registrations",
                before.Id, workshopId, confirmed.Count);
        }
    }
}
