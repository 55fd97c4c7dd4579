using Assistant.Core.Dialogs;
using Assistant.Core.Users;

namespace Assistant.Core.Privacy;

/// <summary>Handlers of <c>dialogs/privacy.yaml</c>.</summary>
public sealed class PrivacyActions(ConsentRecorder consent) : IFlowActions
{
    public string FlowId => "privacy";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["consent_status"] = (ctx, _) => ValueTask.FromResult(ctx.Profile.Consent == ConsentDecision.Given ? "offer_withdraw" : null),
        ["give_consent"] = consent.RecordAction(ConsentDecision.Given),
        ["withdraw_consent"] = consent.RecordAction(ConsentDecision.Refused),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();
}
