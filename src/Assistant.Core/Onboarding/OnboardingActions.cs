using Assistant.Core.Dialogs;
using Assistant.Core.Users;

namespace Assistant.Core.Onboarding;

/// <summary>Handlers of <c>dialogs/onboarding.yaml</c>.</summary>
public sealed class OnboardingActions(ConsentRecorder consent) : IFlowActions
{
    public string FlowId => "onboarding";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_invite"] = (ctx, _) => ValueTask.FromResult(IsVolunteerInvite(ctx.Values) ? "volunteer_invite" : IsStaffInvite(ctx.Values) ? "staff_invite" : null),
        ["check_returning"] = CheckReturning,
        ["record_consent"] = consent.RecordAction(ConsentDecision.Given),
        ["record_refusal"] = consent.RecordAction(ConsentDecision.Refused),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    /// <summary>Volunteer invitation links carry <c>/start v-&lt;token&gt;</c>; the volunteers feature checks the token.</summary>
    private static bool IsVolunteerInvite(IDictionary<string, string> values) =>
        values.TryGetValue("argument", out var argument) && argument.StartsWith("v-", StringComparison.Ordinal);

    /// <summary>Staff invitation links carry <c>/start s-&lt;token&gt;</c>; the handoff feature checks the token.</summary>
    private static bool IsStaffInvite(IDictionary<string, string> values) =>
        values.TryGetValue("argument", out var argument) && argument.StartsWith("s-", StringComparison.Ordinal);

    private static ValueTask<string?> CheckReturning(ActionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            context.Profile.Consent != ConsentDecision.NotAsked && context.Profile.Language is not null ? "welcome_back"
            : context.Profile.Language is null ? "ask_language"
            : null);
}
