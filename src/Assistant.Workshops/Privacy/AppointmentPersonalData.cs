using Assistant.Core.Privacy;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Reminders;

namespace Assistant.Workshops.Privacy;

/// <summary>Counselling appointments in "my data" and erasure; an erased appointment frees its slot.</summary>
internal sealed class AppointmentPersonalData(
    IAppointmentStore store,
    ReminderPlanner planner,
    WorkshopCatalog catalog,
    WorkshopMessages messages) : IPersonalDataArea
{
    public string Name => "appointments";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var mine = await store.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0)
        {
            return null;
        }

        var lines = mine.Select(a =>
        {
            var values = catalog.FindService(a.ServiceId) is { } service
                ? messages.About(service, a, language)
                : new Dictionary<string, string> { ["title"] = a.ServiceId, ["date"] = messages.Dates.Date(a.Start, language), ["day"] = "", ["time"] = messages.Dates.TimeSpan(a.Start, a.End), ["place"] = "" };
            return messages.ExportLine(language, values, messages.Text(language, "appointments.status." + a.Status.ToString().ToLowerInvariant()));
        }).ToList();
        return new PersonalDataSection(Name, lines, mine);
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        foreach (var appointment in await store.ForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            await planner.CancelAllAsync(appointment.Id, cancellationToken).ConfigureAwait(false);
        }

        return await store.DeleteForUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }
}
