using Assistant.Core.Dialogs;
using Assistant.Core.Users;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/keep-contact.yaml</c>: the answer to "keep name and phone for next time?".</summary>
public sealed class KeepContactActions(RegistrationService registrations, ConsentRecorder consent) : IFlowActions
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

        // The name and phone are those of the person's own registration, never of someone else's.
        var mine = await registrations.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        if (mine.FirstOrDefault(r => r.Id == argument) is not { } registration)
        {
            context.Say("reminders.not_valid");
            return null;
        }

        KeptContactFlow.Record(context, consent, keep: true, registration.Name, registration.Phone);
        context.Say("workshops.keep_contact_saved", new Dictionary<string, string> { ["name"] = registration.Name });
        return null;
    }
}
