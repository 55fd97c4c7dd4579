using Assistant.Core.Dialogs;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.ButtonPresses;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/accept-place.yaml</c>: takes a place offered from the waiting list, while the offer lasts.</summary>
public sealed class AcceptPlaceActions(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages) : IFlowActions
{
    public string FlowId => "accept-place";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["accept"] = AcceptAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> AcceptAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Argument(context);
        var result = IsRegistration(id)
            ? await registrations.AcceptOfferAsync(id, context.UserId, cancellationToken).ConfigureAwait(false)
            : new ChangeResult<WorkshopRegistration>(ChangeOutcome.NotFound);
        var found = result.Item is { } r ? catalog.FindSession(r.WorkshopId, r.SessionId) : null;
        switch (result.Outcome)
        {
            case ChangeOutcome.Done when found is { Workshop: var workshop, Session: var session }:
                context.Send(messages.Confirmation(workshop, session, result.Item!, context.Language, "waitlist.accepted"));
                break;
            case ChangeOutcome.NoLongerValid when result.Item?.Status == RegistrationStatus.Confirmed:
                // Pressed twice: the place is already theirs.
                context.Say("workshops.already_registered");
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
