using Assistant.Core.Dialogs;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Reminders;

/// <summary>Handlers of <c>dialogs/shift-attend.yaml</c>: "I'll be there".</summary>
internal sealed class ShiftAttendActions(ShiftBoard board) : IFlowActions
{
    public string FlowId => "shift-attend";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["confirm"] = async (ctx, ct) =>
            await board.ConfirmAsync(ctx.UserId, ctx.Value("argument"), ct).ConfigureAwait(false) is null ? "invalid" : null,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();
}
