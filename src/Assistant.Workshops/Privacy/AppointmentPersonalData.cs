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
    WorkshopMessages messages) : BookingPersonalData<Appointment>("appointments", planner, messages)
{
    protected override Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        store.ForUserAsync(userId, cancellationToken);

    protected override Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        store.DeleteForUserAsync(userId, cancellationToken);

    protected override string IdOf(Appointment item) => item.Id;

    protected override IReadOnlyDictionary<string, string> About(Appointment item, string language) =>
        catalog.FindService(item.ServiceId) is { } service
            ? Messages.About(service, item, language)
            : new Dictionary<string, string> { ["title"] = item.ServiceId, ["date"] = Messages.Dates.Date(item.Start, language), ["day"] = "", ["time"] = Messages.Dates.TimeSpan(item.Start, item.End), ["place"] = "" };

    protected override string StatusKey(Appointment item) => "appointments.status." + item.Status.ToString().ToLowerInvariant();
}
