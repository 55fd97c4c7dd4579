using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Invites;

/// <summary>Handlers of <c>dialogs/volunteer-invite.yaml</c>: <c>/invite volunteer [uses]</c>.</summary>
internal sealed class VolunteerInviteActions(StaffDirectory directory, InviteService invites, ShiftFormatter format) : IFlowActions
{
    private const int MaxUses = 50;

    public string FlowId => "volunteer-invite";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = StaffGate.Check(directory),
        ["create"] = CreateAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CreateAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (ParseUses(context.Value("argument")) is not { } uses)
        {
            return "usage";
        }

        var created = await invites.CreateAsync(context.UserId, uses, cancellationToken).ConfigureAwait(false);
        context.Values["link"] = created.Link;
        context.Values["expires"] = format.Moment(created.Invite.ExpiresAt, context.Language);
        context.Values["count"] = uses.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>"volunteer" is one use, "volunteer 5" five; anything else is not understood.</summary>
    private static int? ParseUses(string? argument)
    {
        var parts = (argument ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2 || !string.Equals(parts[0], "volunteer", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return 1;
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var uses) && uses is >= 1 and <= MaxUses ? uses : null;
    }
}
