using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Volunteers.Profiles;

namespace Assistant.Volunteers.Shifts;

/// <summary>Handlers of <c>dialogs/volunteer-menu.yaml</c>: open shifts, my shifts, my profile.</summary>
internal sealed class VolunteerMenuActions(IVolunteerStore volunteers, ShiftBoard board, ShiftFormatter format, TimeProvider time) : IFlowActions
{
    // Buttons in one message; the soonest shifts matter most, and Telegram keyboards get unwieldy beyond this.
    private const int MaxListed = 10;

    public string FlowId => "volunteer-menu";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_volunteer"] = CheckVolunteerAsync,
        ["any_open"] = async (ctx, ct) => (await board.OpenShiftsForAsync(ctx.UserId, ct).ConfigureAwait(false)).Count == 0 ? "no_open" : null,
        ["describe_open"] = DescribeOpenAsync,
        ["sign_up"] = SignUpAsync,
        ["any_mine"] = async (ctx, ct) => (await board.UpcomingForAsync(ctx.UserId, ct).ConfigureAwait(false)).Count == 0 ? "none_mine" : null,
        ["describe_mine"] = DescribeMineAsync,
        ["cancel"] = (ctx, ct) => CancelAsync(ctx, allowLate: false, ct),
        ["cancel_late"] = (ctx, ct) => CancelAsync(ctx, allowLate: true, ct),
        ["describe_profile"] = DescribeProfileAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["open_shifts"] = async (ctx, ct) => WithBack(ctx, (await board.OpenShiftsForAsync(ctx.UserId, ct).ConfigureAwait(false))
            .Take(MaxListed).Select(s => new ChoiceOption(s.Id, format.Label(s, ctx.Language)))),
        ["my_shifts"] = async (ctx, ct) => WithBack(ctx, (await board.UpcomingForAsync(ctx.UserId, ct).ConfigureAwait(false))
            .Take(MaxListed).Select(o => new ChoiceOption(o.Signup.Id, format.Label(o.Shift, ctx.Language)))),
    };

    private async ValueTask<string?> CheckVolunteerAsync(ActionContext context, CancellationToken cancellationToken) =>
        await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false) switch
        {
            null => "not_volunteer",
            { IsComplete: false } => "complete_profile",
            _ => null,
        };

    private async ValueTask<string?> DescribeOpenAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var open = await board.OpenShiftsForAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        if (open.FirstOrDefault(s => s.Id == context.Value("shift_id")) is not { } shift)
        {
            return "gone";
        }

        var free = shift.Needed - await board.ActiveCountAsync(shift.Id, cancellationToken).ConfigureAwait(false);
        context.Values["shift"] = format.Describe(shift, context.Language) + "\n"
            + context.Text("volunteers.places", new Dictionary<string, string> { ["count"] = free.ToString(CultureInfo.InvariantCulture) });
        return null;
    }

    private async ValueTask<string?> SignUpAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var result = await board.SignUpAsync(context.UserId, context.Value("shift_id") ?? "", cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            SignUpOutcome.SignedUp => null,
            SignUpOutcome.Full => "full",
            SignUpOutcome.AlreadySignedUp => "already",
            _ => "gone",
        };
    }

    private async ValueTask<string?> DescribeMineAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await board.FindOwnAsync(context.UserId, context.Value("signup_id"), cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return "mine_gone";
        }

        var cutoff = board.CutoffOf(own.Shift);
        context.Values["shift"] = format.Describe(own.Shift, context.Language);
        context.Values["cutoff"] = format.Moment(cutoff, context.Language);
        return time.GetUtcNow() > cutoff ? "mine_late" : null;
    }

    private async ValueTask<string?> CancelAsync(ActionContext context, bool allowLate, CancellationToken cancellationToken) =>
        await board.CancelAsync(context.UserId, context.Value("signup_id"), allowLate, cancellationToken).ConfigureAwait(false) switch
        {
            CancelOutcome.Cancelled => null,
            CancelOutcome.TooLate => "mine_late",
            _ => "mine_gone",
        };

    private async ValueTask<string?> DescribeProfileAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false) is not { } volunteer)
        {
            return "not_volunteer";
        }

        context.Values["name"] = volunteer.Name;
        context.Values["language_list"] = string.Join(", ", volunteer.Languages.Select(l => format.LanguageName(l, context.Language)));
        context.Values["kind_list"] = string.Join(", ", volunteer.Kinds.Select(k => format.KindName(k, context.Language)));
        context.Values["reach"] = volunteer.Phone ?? context.Text("volunteers.reach_by_chat");
        return null;
    }

    private static IReadOnlyList<ChoiceOption> WithBack(ActionContext context, IEnumerable<ChoiceOption> options) =>
        [.. options, new ChoiceOption("back", context.Text("volunteers.back"), Next: "menu")];
}
