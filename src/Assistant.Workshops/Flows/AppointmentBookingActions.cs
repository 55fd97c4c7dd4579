using Assistant.Core.Dialogs;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/appointment-booking.yaml</c>: a participant books a counselling slot.</summary>
public sealed class AppointmentBookingActions(WorkshopCatalog catalog, AppointmentService appointments, WorkshopMessages messages) : IFlowActions
{
    /// <summary>How many free times one question offers; more would be a wall of buttons.</summary>
    internal const int SlotsShown = 8;

    public string FlowId => "appointment-booking";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_consent"] = (ctx, _) => Go(HasConsent(ctx) ? "find" : null),
        ["check_consent_again"] = (ctx, _) => Go(HasConsent(ctx) ? "find" : "no_consent"),
        ["find_services"] = FindServices,
        ["show_service"] = ShowServiceAsync,
        ["back_to_summary_when_changing"] = BackToSummaryWhenChanging,
        ["offer_kept_contact"] = KeptContactFlow.Offer,
        ["fill_kept_contact"] = KeptContactFlow.Fill,
        ["summarize"] = Summarize,
        ["book"] = BookAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["services"] = (ctx, _) => Options(Services(ctx).Select(s => new ChoiceOption(s.Id, s.TextsIn(ctx.Language).Title))),
        ["slots"] = (ctx, ct) => SlotOptionsAsync(appointments, messages, ctx, Value(ctx, "service"), ct),
        ["talk_languages"] = TalkLanguages,
        ["interpreter_languages"] = (ctx, _) => Options(LanguageOptions(ctx)),
    };

    internal static async ValueTask<IReadOnlyList<ChoiceOption>> SlotOptionsAsync(AppointmentService appointments, WorkshopMessages messages, ActionContext context, string? serviceId, CancellationToken cancellationToken) =>
        (await appointments.FreeSlotsAsync(serviceId ?? "", cancellationToken).ConfigureAwait(false))
            .Take(SlotsShown)
            .Select(s => new ChoiceOption(s.Id, messages.SlotButton(s.Start, context.Language)))
            .ToList();

    /// <summary>Counselling of the offer the user came from, when there is any; otherwise all.</summary>
    private List<CounsellingService> Services(ActionContext context)
    {
        var forOffer = catalog.Services.Where(s => s.OfferId == Value(context, "offer_id")).ToList();
        return forOffer.Count > 0 ? forOffer : catalog.Services.ToList();
    }

    private ValueTask<string?> FindServices(ActionContext context, CancellationToken cancellationToken)
    {
        var services = Services(context);
        if (services.Count == 1)
        {
            context.Values["service"] = services[0].Id;
            return Go("show");
        }

        return Go(services.Count == 0 ? "no_slots" : null);
    }

    private async ValueTask<string?> ShowServiceAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.FindService(Value(context, "service")) is not { } service
            || (await appointments.FreeSlotsAsync(service.Id, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return "no_slots";
        }

        context.Send(messages.ServiceDetails(service, context.Language));
        return null;
    }

    /// <summary>The languages the counsellors speak, then "another language, with an interpreter".</summary>
    private ValueTask<IReadOnlyList<ChoiceOption>> TalkLanguages(ActionContext context, CancellationToken cancellationToken)
    {
        var spoken = catalog.FindService(Value(context, "service"))?.Languages ?? [];
        return Options(spoken
            .Select(code => new ChoiceOption(code, context.Texts.NativeName(code)))
            .Append(new ChoiceOption("interpreter", context.Text("appointments.other_language"))));
    }

    private ValueTask<string?> Summarize(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Remove(Changing);
        var service = catalog.FindService(Value(context, "service"));
        var slot = Value(context, "slot");
        if (service is null || slot is null)
        {
            return Go("no_slots");
        }

        var start = SlotStart(slot);
        var about = new Dictionary<string, string>
        {
            ["title"] = service.TextsIn(context.Language).Title,
            ["date"] = messages.Dates.Date(start, context.Language),
            ["time"] = messages.Dates.TimeSpan(start, start + service.Duration),
            ["language"] = messages.LanguageName(Interpreter(context) ?? Value(context, "language") ?? ""),
        };
        var lines = new List<string>
        {
            context.Text("appointments.summary_service", about),
            context.Text("workshops.summary_date", about),
            context.Text("workshops.summary_name"),
            Yes(context, "phone_wanted") ? context.Text("workshops.summary_phone") : context.Text("workshops.summary_no_phone"),
            Interpreter(context) is null ? context.Text("appointments.summary_language", about) : context.Text("workshops.summary_interpreter", about),
        };
        context.Values["summary"] = string.Join("\n", lines);
        return Go(null);
    }

    private async ValueTask<string?> BookAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var interpreter = Interpreter(context);
        var request = new AppointmentRequest(
            Value(context, "slot") ?? "",
            context.UserId,
            Value(context, "name") ?? "",
            Yes(context, "phone_wanted") ? Value(context, "phone") : null,
            interpreter is null ? Value(context, "language") ?? context.Language : "de",
            interpreter);
        var result = await appointments.BookAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: BookOutcome.Booked, Appointment: { } appointment } && catalog.FindService(appointment.ServiceId) is { } service)
        {
            context.Send(messages.AppointmentBooked(service, appointment, context.Language));
            KeptContactFlow.AskToKeep(context, appointment.Id);
            return null;
        }

        // Only the time is chosen again; every other answer stands, and the summary comes again.
        context.Say("appointments.slot_taken");
        context.Values[Changing] = "slot";
        return "choose_slot";
    }

    private static string? Interpreter(ActionContext context) =>
        Value(context, "language") == "interpreter" ? Value(context, "interpreter_language") : null;

    /// <summary>The start encoded in a slot id (<c>service/20261201T0930Z</c>).</summary>
    internal static DateTimeOffset SlotStart(string slotId) =>
        DateTimeOffset.ParseExact(slotId[(slotId.LastIndexOf('/') + 1)..], "yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
