using Assistant.Core.Dialogs;

namespace Assistant.Handoff.Staff;

/// <summary>Handlers of <c>dialogs/staff-join.yaml</c>: someone opened a staff invitation link.</summary>
internal sealed class StaffJoinActions(StaffInvitations invitations) : IFlowActions
{
    public string FlowId => "staff-join";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["join"] = JoinAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> JoinAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (status, roles) = await invitations.RedeemAsync(context.Value("argument"), context.UserId, context.Message.FirstName, cancellationToken).ConfigureAwait(false);
        if (status != StaffInviteStatus.Joined)
        {
            return status switch
            {
                StaffInviteStatus.Expired => "expired",
                StaffInviteStatus.Used => "used",
                _ => "unknown",
            };
        }

        context.Values["roles"] = StaffRoles.Describe(roles, role => context.Text(role));
        return null;
    }
}
