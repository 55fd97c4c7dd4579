using Assistant.Core.Dialogs;

namespace Assistant.Core.Privacy;

/// <summary>
/// Handlers of <c>dialogs/privacy-details.yaml</c> and the notice steps of onboarding: the texts about
/// where data goes name the AI service when one is set, and use their variant without it.
/// </summary>
public sealed class PrivacyDetailsActions(IAiServiceName ai) : IFlowActions
{
    public const string AiServiceValue = "ai_service";

    public string FlowId => "privacy-details";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["find_ai_service"] = (ctx, _) => ValueTask.FromResult(FindAiService(ai, ctx, "with_ai")),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    /// <summary>Sets <c>ai_service</c> for the texts and returns <paramref name="withAiStep"/> when an AI service is set.</summary>
    internal static string? FindAiService(IAiServiceName ai, ActionContext context, string withAiStep)
    {
        if (string.IsNullOrWhiteSpace(ai.Name))
        {
            context.Values.Remove(AiServiceValue);
            return null;
        }

        context.Values[AiServiceValue] = ai.Name;
        return withAiStep;
    }
}
