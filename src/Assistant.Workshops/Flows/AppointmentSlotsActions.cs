using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/appointment-slots.yaml</c> (<c>/slots</c>): staff offer another counselling time.</summary>
public sealed class AppointmentSlotsActions(
    StaffDirectory staff,
    WorkshopCatalog catalog,
    AppointmentService appointments,
    WorkshopMessages messages) : IFlowActions
{
    public string FlowId => "appointment-slots";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = (ctx, ct) => RequireStaffAsync(staff, ctx, "refused", ct),
        ["check_any"] = (ctx, _) => Go(catalog.Services.Count == 0 ? "none" : null),
        ["show_free"] = ShowFreeAsync,
        ["add"] = AddAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["services"] = (ctx, _) => Options(catalog.Services.Select(s => new ChoiceOption(s.Id, s.TextsIn(ctx.Language).Title))),
    };

    private async ValueTask<string?> ShowFreeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var free = await appointments.FreeSlotsAsync(Value(context, "service") ?? "", cancellationToken).ConfigureAwait(false);
        context.Say(free.Count == 0 ? "workshop_staff.no_free_slots" : "workshop_staff.free_slots", new Dictionary<string, string>
        {
            ["slots"] = string.Join("\n", free.Select(s => messages.Dates.ShortDate(s.Start, context.Language) + ", " + messages.Dates.Time(s.Start))),
        });
        return null;
    }

    private async ValueTask<string?> AddAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // The date comes validated as yyyy-MM-dd; the time as H:mm or H.mm.
        var date = DateOnly.ParseExact(Value(context, "date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var parts = (Value(context, "time") ?? "").Replace('.', ':').Split(':');
        var local = date.ToDateTime(new TimeOnly(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)));
        var start = Clock.ToInstant(local, messages.Dates.Zone);
        var outcome = await appointments.AddSlotAsync(Value(context, "service") ?? "", start, context.UserId, cancellationToken).ConfigureAwait(false);
        context.Say(
            outcome switch
            {
                AddSlotOutcome.Added => "workshop_staff.slot_added",
                AddSlotOutcome.Past => "workshop_staff.slot_past",
                _ => "workshop_staff.slot_exists",
            },
            new Dictionary<string, string>
            {
                ["date"] = messages.Dates.Date(start, context.Language),
                ["time"] = messages.Dates.Time(start),
            });
        return null;
    }
}
