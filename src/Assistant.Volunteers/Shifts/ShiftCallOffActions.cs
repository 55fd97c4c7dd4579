using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;

namespace Assistant.Volunteers.Shifts;

/// <summary>Handlers of <c>dialogs/shift-call-off.yaml</c>: <c>/cancelshift</c> for staff.</summary>
internal sealed class ShiftCallOffActions(StaffDirectory directory, ShiftBoard board, ShiftCallOff callOff, ShiftFormatter format) : IFlowActions
{
    // Telegram shows a long keyboard, but beyond this a list of buttons is no longer readable on a phone.
    private const int MaxListed = 20;

    public string FlowId => "shift-call-off";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = StaffGate.Check(directory),
        ["any_upcoming"] = async (ctx, ct) => (await board.UpcomingAsync(ct).ConfigureAwait(false)).Count == 0 ? "none" : null,
        ["describe"] = DescribeAsync,
        ["call_off"] = CallOffAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["upcoming_shifts"] = async (ctx, ct) => (await board.UpcomingAsync(ct).ConfigureAwait(false))
            .Take(MaxListed)
            .Select(s => new ChoiceOption(s.Id, format.Label(s, ctx.Language, withTitle: true)))
            .ToList(),
    };

    private async ValueTask<string?> DescribeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var shiftId = context.Value("shift_id") ?? "";
        if ((await board.UpcomingAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == shiftId) is not { } shift)
        {
            return "gone";
        }

        context.Values["shift"] = format.Describe(shift, context.Language);
        context.Values["signed"] = (await board.ActiveCountAsync(shift.Id, cancellationToken).ConfigureAwait(false)).ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private async ValueTask<string?> CallOffAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await callOff.CallOffAsync(context.Value("shift_id") ?? "", context.UserId, cancellationToken).ConfigureAwait(false) is not { } calledOff)
        {
            return "gone";
        }

        // As the coordinators hear it: those actually told, so nobody is believed informed who is not.
        context.Values["count"] = calledOff.Told.ToString(CultureInfo.InvariantCulture);
        return null;
    }
}
