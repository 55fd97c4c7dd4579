namespace Assistant.Core.Dialogs;

/// <summary>Runs an action step; returns the id of the next step, or null for the step's own <c>next</c>.</summary>
public delegate ValueTask<string?> DialogAction(ActionContext context, CancellationToken cancellationToken);

/// <summary>Lists a choice's options at the moment of asking (workshops with free places, languages, ...).</summary>
public delegate ValueTask<IReadOnlyList<ChoiceOption>> OptionsProvider(ActionContext context, CancellationToken cancellationToken);

/// <summary>An option made by code: the value saved when chosen and the label already in the user's language.</summary>
public sealed record ChoiceOption(string Value, string Label, string? Next = null);

/// <summary>
/// The C# side of one flow: the handlers its action steps and dynamic choices name. One class per
/// flow file, named after it (<c>dialogs/onboarding.yaml</c> ↔ <c>OnboardingActions</c>).
/// </summary>
public interface IFlowActions
{
    /// <summary>The id of the flow whose steps may name these handlers.</summary>
    string FlowId { get; }

    IReadOnlyDictionary<string, DialogAction> Actions { get; }

    IReadOnlyDictionary<string, OptionsProvider> Options { get; }
}
