using Assistant.Core.Dialogs;
using Assistant.Core.Users;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/keep-contact.yaml</c>: the answer to "keep name and phone for next time?".</summary>
public sealed class KeepContactActions(RegistrationService registrations, AppointmentService appointments, ConsentRecorder consent) : IFlowActions
{
    public string FlowId => "keep-contact";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["keep_contact"] = KeepAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> KeepAsync(ActionContext context, CancellationToken cancellationToken)
    {
        // Without the general consent nothing is kept, whatever the button says.
        if (!HasConsent(context))
        {
            context.Say("workshops.consent_missing");
            return null;
        }

        var argument = ButtonPresses.Argument(context);
        if (argument == KeptContactFlow.No)
        {
            KeptContactFlow.Record(context, consent, keep: false, "", null);
            context.Say("workshops.keep_contact_declined");
            return null;
        }

        // The name and phone are those of the person's own registration or appointment, never of someone else's.
        var given = await GivenAsync(context.UserId, argument, cancellationToken).ConfigureAwait(false);
        if (given is not var (name, phone))
        {
            context.Say("reminders.not_valid");
            return null;
        }

        KeptContactFlow.Record(context, consent, keep: true, name, phone);
        context.Say("workshops.keep_contact_saved", new Dictionary<string, string> { ["name"] = name });
        return null;
    }

    private async Task<(string Name, string? Phone)?> GivenAsync(long userId, string id, CancellationToken cancellationToken)
    {
        if (ButtonPresses.IsAppointment(id))
        {
            var booked = await appointments.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
            return booked.FirstOrDefault(a => a.Id == id) is { } a ? (a.Name, a.Phone) : null;
        }

        var registered = await registrations.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return registered.FirstOrDefault(r => r.Id == id) is { } r ? (r.Name, r.Phone) : null;
    }
}
