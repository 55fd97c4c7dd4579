using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Privacy;
using Assistant.Core.Users;

namespace Assistant.Core.Onboarding;

/// <summary>Handlers of <c>dialogs/onboarding.yaml</c>.</summary>
public sealed class OnboardingActions(ConsentRecorder consent, IAiServiceName ai) : IFlowActions
{
    public string FlowId => "onboarding";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_invite"] = (ctx, _) => ValueTask.FromResult(IsVolunteerInvite(ctx.Values) ? "volunteer_invite" : IsStaffInvite(ctx.Values) ? "staff_invite" : null),
        ["check_returning"] = CheckReturning,
        ["find_ai_service"] = (ctx, _) => ValueTask.FromResult<string?>(PrivacyDetailsActions.FindAiService(ai, ctx, "notice_ai") ?? "notice"),
        ["switch_language"] = SwitchLanguage,
        ["record_consent"] = consent.RecordAction(ConsentDecision.Given),
        ["record_refusal"] = consent.RecordAction(ConsentDecision.Refused),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["notice_buttons"] = (ctx, _) => ValueTask.FromResult(NoticeButtons(ctx)),
    };

    /// <summary>
    /// Agree and refuse side by side, then the seven languages, each named in itself so everyone finds
    /// their own, then "read more": a person whose app language is wrong switches with one tap.
    /// </summary>
    private static IReadOnlyList<ChoiceOption> NoticeButtons(ActionContext context) =>
    [
        new("agree", context.Text("onboarding.agree"), "consent_given"),
        new("decline", context.Text("onboarding.decline"), "consent_refused"),
        .. context.Texts.LanguageCodes.Select(code => new ChoiceOption(code, context.Texts.NativeName(code), "switch_language")),
        new("more", context.Text("onboarding.more"), "details"),
    ];

    private static ValueTask<string?> SwitchLanguage(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Values.TryGetValue("pressed", out var code) && Languages.IsSupported(code))
        {
            context.UpdateProfile(p => p with { Language = code });
        }

        return ValueTask.FromResult<string?>(null);
    }

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
