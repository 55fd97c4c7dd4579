using Assistant.Core.Dialogs;
using Assistant.Core.Localization;

namespace Assistant.Core.Onboarding;

/// <summary>Handlers of <c>dialogs/language.yaml</c>.</summary>
public sealed class LanguageActions : IFlowActions
{
    public string FlowId => "language";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_known"] = (ctx, _) => ValueTask.FromResult(ctx.Profile.Language is null ? "ask_everyone" : null),
        ["set_language"] = SetLanguage,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        // Each language is named in itself, so everyone finds their own.
        ["languages"] = (ctx, _) => ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(
            ctx.Texts.LanguageCodes.Select(code => new ChoiceOption(code, ctx.Texts.NativeName(code))).ToList()),
    };

    private static ValueTask<string?> SetLanguage(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Values.TryGetValue("language", out var code) && Languages.IsSupported(code))
        {
            context.UpdateProfile(p => p with { Language = code });
        }

        return ValueTask.FromResult<string?>(null);
    }
}
