using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;

namespace Assistant.StaffConsole.SignIn;

/// <summary>Handlers of <c>dialogs/staff-console.yaml</c>: a staff member asks for a sign-in link in their private chat.</summary>
internal sealed class ConsoleLinkActions(StaffDirectory directory, SignInLinks links, ConsoleAddress address) : IFlowActions
{
    public string FlowId => "staff-console";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["link"] = LinkAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> LinkAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!await directory.IsStaffAsync(context.UserId, cancellationToken).ConfigureAwait(false))
        {
            return "not_staff";
        }

        context.Values["link"] = address.SignInLink(links.Create(context.UserId));
        context.Values["minutes"] = ((int)links.Validity.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        return null;
    }
}
