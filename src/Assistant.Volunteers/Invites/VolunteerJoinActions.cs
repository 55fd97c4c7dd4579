using Assistant.Core.Dialogs;
using Assistant.Core.Users;
using Assistant.Volunteers.Profiles;

namespace Assistant.Volunteers.Invites;

/// <summary>Handlers of <c>dialogs/volunteer-join.yaml</c>.</summary>
internal sealed class VolunteerJoinActions(InviteService invites, IVolunteerStore volunteers, ConsentRecorder consent, TimeProvider time) : IFlowActions
{
    public string FlowId => "volunteer-join";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_invite"] = CheckInviteAsync,
        ["check_language"] = (ctx, _) => ValueTask.FromResult(ctx.Profile.Language is null ? null : "consent"),
        ["check_consent"] = (ctx, _) => ValueTask.FromResult(ctx.Profile.Consent == ConsentDecision.Given ? "redeem" : null),
        ["record_consent"] = consent.RecordAction(ConsentDecision.Given),
        ["redeem"] = RedeemAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CheckInviteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false) is not null)
        {
            // Already one of ours: the link stays unused for the person it was meant for.
            context.Values["joined"] = "joined";
            return "already";
        }

        return StepFor(await invites.CheckAsync(context.Value("argument"), cancellationToken).ConfigureAwait(false));
    }

    private async ValueTask<string?> RedeemAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var status = await invites.RedeemAsync(context.Value("argument"), cancellationToken).ConfigureAwait(false);
        if (status != InviteStatus.Valid)
        {
            return StepFor(status);
        }

        await volunteers.SaveAsync(new VolunteerProfile { UserId = context.UserId, JoinedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        context.Values["joined"] = "joined";
        return null;
    }

    private static string? StepFor(InviteStatus status) => status switch
    {
        InviteStatus.Valid => null,
        InviteStatus.Expired => "expired",
        InviteStatus.UsedUp => "used_up",
        _ => "unknown",
    };
}
