using Assistant.Core.Dialogs;
using Assistant.Volunteers.Profiles;

namespace Assistant.Volunteers.Shifts;

/// <summary>Handlers of <c>dialogs/shift-take.yaml</c>: the button under a shift offer.</summary>
internal sealed class ShiftTakeActions(IVolunteerStore volunteers, IShiftStore shifts, ISignupStore signups, ShiftBoard board, ShiftFormatter format, TimeProvider time) : IFlowActions
{
    public string FlowId => "shift-take";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["take"] = TakeAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false) is not { } volunteer)
        {
            return "not_volunteer";
        }

        var shiftId = context.Value("argument")?.Trim() ?? "";
        if (await shifts.GetAsync(shiftId, cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } shift || shift.Start <= time.GetUtcNow() || !volunteer.Fits(shift))
        {
            return "gone";
        }

        var active = (await signups.ForShiftAsync(shift.Id, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive).ToList();
        if (active.Any(s => s.UserId == context.UserId))
        {
            return "already";
        }

        if (active.Count >= shift.Needed)
        {
            return "full";
        }

        context.Values["shift"] = format.Describe(shift, context.Language);
        return null;
    }

    private async ValueTask<string?> TakeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var result = await board.SignUpAsync(context.UserId, context.Value("argument")?.Trim() ?? "", cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            SignUpOutcome.SignedUp => null,
            SignUpOutcome.Full => "full",
            SignUpOutcome.AlreadySignedUp => "already",
            SignUpOutcome.NotVolunteer => "not_volunteer",
            _ => "gone",
        };
    }
}
