using Assistant.Core.Dialogs;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.ButtonPresses;

namespace Assistant.Workshops.Flows;

/// <summary>
/// The yes and the no to a place offered from the waiting list: both check the id against the user,
/// and both answer "too late" once the offer has run out.
/// </summary>
public abstract class PlaceOfferActions(string flowId, string handler) : IFlowActions
{
    public string FlowId => flowId;

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        [handler] = AnswerAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    protected abstract Task<ChangeResult<WorkshopRegistration>> ChangeAsync(string registrationId, long userId, CancellationToken cancellationToken);

    /// <summary>Answers the outcomes this answer treats in its own way; false leaves the common answer.</summary>
    protected abstract bool TryReply(ActionContext context, ChangeResult<WorkshopRegistration> result);

    private async ValueTask<string?> AnswerAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Argument(context);
        var result = IsRegistration(id)
            ? await ChangeAsync(id, context.UserId, cancellationToken).ConfigureAwait(false)
            : new ChangeResult<WorkshopRegistration>(ChangeOutcome.NotFound);
        if (!TryReply(context, result))
        {
            SayByOutcome(context, result.Outcome);
        }

        return null;
    }

    private static void SayByOutcome(ActionContext context, ChangeOutcome outcome)
    {
        if (outcome == ChangeOutcome.NoLongerValid)
        {
            context.Say("waitlist.too_late");
        }
        else
        {
            SayUnchanged(context, outcome);
        }
    }
}

/// <summary>Handlers of <c>dialogs/accept-place.yaml</c>: takes a place offered from the waiting list, while the offer lasts.</summary>
public sealed class AcceptPlaceActions(RegistrationService registrations, WorkshopCatalog catalog, WorkshopMessages messages)
    : PlaceOfferActions("accept-place", "accept")
{
    protected override Task<ChangeResult<WorkshopRegistration>> ChangeAsync(string registrationId, long userId, CancellationToken cancellationToken) =>
        registrations.AcceptOfferAsync(registrationId, userId, cancellationToken);

    protected override bool TryReply(ActionContext context, ChangeResult<WorkshopRegistration> result)
    {
        switch (result)
        {
            case { Outcome: ChangeOutcome.Done, Item: { } registration }
                when catalog.FindSession(registration.WorkshopId, registration.SessionId) is { Workshop: var workshop, Session: var session }:
                context.Send(messages.Confirmation(workshop, session, registration, context.Language, "waitlist.accepted"));
                return true;
            case { Outcome: ChangeOutcome.NoLongerValid, Item.Status: RegistrationStatus.Confirmed }:
                // Pressed twice: the place is already theirs.
                context.Say("workshops.already_registered");
                return true;
            default:
                return false;
        }
    }
}

/// <summary>Handlers of <c>dialogs/decline-place.yaml</c>: says no to an offered place, which then goes to the next person.</summary>
public sealed class DeclinePlaceActions(RegistrationService registrations) : PlaceOfferActions("decline-place", "decline")
{
    protected override Task<ChangeResult<WorkshopRegistration>> ChangeAsync(string registrationId, long userId, CancellationToken cancellationToken) =>
        registrations.DeclineOfferAsync(registrationId, userId, cancellationToken);

    protected override bool TryReply(ActionContext context, ChangeResult<WorkshopRegistration> result)
    {
        if (result.Outcome != ChangeOutcome.Done)
        {
            return false;
        }

        context.Say("waitlist.declined");
        return true;
    }
}
