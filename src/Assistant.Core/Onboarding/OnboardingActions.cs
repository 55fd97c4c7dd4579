using Assistant.Core.Dialogs;
using Assistant.Core.Users;

namespace Assistant.Core.Onboarding;

/// <summary>Handlers of <c>dialogs/onboarding.yaml</c>.</summary>
public sealed class OnboardingActions(ConsentRecorder consent) : IFlowActions
{
    public string FlowId => "onboarding";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_returning"] = CheckReturning,
        ["record_consent"] = consent.RecordAction(ConsentDecision.Given),
        ["record_refusal"] = consent.RecordAction(ConsentDecision.Refused),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private static ValueTask<string?> CheckReturning(ActionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            context.Profile.Consent != ConsentDecision.NotAsked && context.Profile.Language is not null ? "welcome_back"
            : context.Profile.Language is null ? "ask_language"
            : null);
}
