using Assistant.Core.Dialogs;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.ButtonPresses;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/decline-place.yaml</c>: says no to an offered place, which then goes to the next person.</summary>
public sealed class DeclinePlaceActions(RegistrationService registrations) : IFlowActions
{
    public string FlowId => "decline-place";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["decline"] = DeclineAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> DeclineAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Argument(context);
        var result = IsRegistration(id)
            ? await registrations.DeclineOfferAsync(id, context.UserId, cancellationToken).ConfigureAwait(false)
            : new ChangeResult<WorkshopRegistration>(ChangeOutcome.NotFound);
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                context.Say("waitlist.declined");
                break;
            case ChangeOutcome.NoLongerValid:
                context.Say("waitlist.too_late");
                break;
            default:
                SayUnchanged(context, result.Outcome);
                break;
        }

        return null;
    }
}
