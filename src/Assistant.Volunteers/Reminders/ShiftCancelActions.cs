using Assistant.Core.Dialogs;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Reminders;

/// <summary>Handlers of <c>dialogs/shift-cancel.yaml</c>: "I can't", which works until the shift starts.</summary>
internal sealed class ShiftCancelActions(ShiftBoard board, ShiftFormatter format) : IFlowActions
{
    public string FlowId => "shift-cancel";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = CheckAsync,
        ["cancel"] = async (ctx, ct) =>
            await board.CancelAsync(ctx.UserId, ctx.Value("argument"), allowLate: true, ct).ConfigureAwait(false) == CancelOutcome.Cancelled ? null : "invalid",
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await board.FindOwnAsync(context.UserId, context.Value("argument"), cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return "invalid";
        }

        context.Values["shift"] = format.Describe(own.Shift, context.Language);
        return null;
    }
}
