using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Reminders;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>
/// Handlers of <c>dialogs/book-for.yaml</c> (<c>/book_for</c>): staff record an appointment for a
/// participant. When the person uses the bot, they get the appointment and its reminders there.
/// </summary>
public sealed class BookForActions(
    StaffDirectory staff,
    WorkshopCatalog catalog,
    AppointmentService appointments,
    IUserProfileStore profiles,
    ReminderPlanner planner,
    WorkshopMessages messages) : IFlowActions
{
    public string FlowId => "book-for";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = (ctx, ct) => RequireStaffAsync(staff, ctx, "refused", ct),
        ["check_any"] = (ctx, _) => Go(catalog.Services.Count == 0 ? "none" : null),
        ["check_slots"] = CheckSlotsAsync,
        ["check_user"] = CheckUserAsync,
        ["summarize"] = Summarize,
        ["book"] = BookAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["services"] = (ctx, _) => Options(catalog.Services.Select(s => new ChoiceOption(s.Id, s.TextsIn(ctx.Language).Title))),
        ["slots"] = (ctx, ct) => AppointmentBookingActions.SlotOptionsAsync(appointments, messages, ctx, Value(ctx, "service"), ct),
        ["languages"] = (ctx, _) => Options(LanguageOptions(ctx)),
    };

    private async ValueTask<string?> CheckSlotsAsync(ActionContext context, CancellationToken cancellationToken) =>
        (await appointments.FreeSlotsAsync(Value(context, "service") ?? "", cancellationToken).ConfigureAwait(false)).Count == 0 ? "no_slots" : null;

    /// <summary>A number nobody has used the bot with is dropped: the appointment is then recorded without messages.</summary>
    private async ValueTask<string?> CheckUserAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (ParticipantId(context) is { } id && await profiles.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        context.Values["uses_bot"] = "no";
        context.Say("workshop_staff.unknown_user");
        return null;
    }

    private ValueTask<string?> Summarize(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.FindService(Value(context, "service")) is not { } service || Value(context, "slot") is not { } slot)
        {
            return Go("no_slots");
        }

        var start = AppointmentBookingActions.SlotStart(slot);
        var values = new Dictionary<string, string>
        {
            ["title"] = service.TextsIn(context.Language).Title,
            ["date"] = messages.Dates.Date(start, context.Language),
            ["time"] = messages.Dates.TimeSpan(start, start + service.Duration),
            ["language"] = messages.LanguageName(Value(context, "language") ?? ""),
        };
        var lines = new List<string>
        {
            context.Text("appointments.summary_service", values),
            context.Text("workshops.summary_date", values),
            context.Text("workshops.summary_name"),
            Yes(context, "interpreter") ? context.Text("workshops.summary_interpreter", values) : context.Text("appointments.summary_language", values),
            Yes(context, "uses_bot") ? context.Text("workshop_staff.summary_user", new Dictionary<string, string> { ["user"] = Value(context, "user_number") ?? "" }) : context.Text("workshop_staff.summary_no_user"),
        };
        context.Values["summary"] = string.Join("\n", lines);
        return Go(null);
    }

    private async ValueTask<string?> BookAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var language = Value(context, "language") ?? "de";
        var participant = Yes(context, "uses_bot") ? ParticipantId(context) : null;
        var request = new AppointmentRequest(
            Value(context, "slot") ?? "",
            participant,
            Value(context, "name") ?? "",
            null,
            Yes(context, "interpreter") ? "de" : language,
            Yes(context, "interpreter") ? language : null,
            context.UserId);
        var result = await appointments.BookAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is not { Outcome: BookOutcome.Booked, Appointment: { } appointment })
        {
            context.Say("appointments.slot_taken");
            return "choose_slot";
        }

        if (participant is not null)
        {
            // Through the scheduler: staff booking late in the evening must not wake the participant.
            await planner.ScheduleBookedNoticeAsync(appointment, cancellationToken).ConfigureAwait(false);
            context.Say("workshop_staff.booked_notified");
        }
        else
        {
            context.Say("workshop_staff.booked");
        }

        return null;
    }

    private static long? ParticipantId(ActionContext context) =>
        long.TryParse(Value(context, "user_number"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
