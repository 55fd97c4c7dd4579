using Assistant.Core.Dialogs;

namespace Assistant.Core.Safety;

/// <summary>The values of a step's <c>distress</c> field in a flow file.</summary>
public static class DistressMode
{
    /// <summary>Default: the safety answer, then the question again; the text is not its answer ("Mein Mann schlägt mich" is no name).</summary>
    public const string AskAgain = "ask_again";

    /// <summary>The safety answer, then the text goes on as the answer: a message to a counsellor, what happened in a report.</summary>
    public const string Pass = "pass";

    /// <summary>True when the text goes on to the step after the safety answer.</summary>
    public static bool Passes(StepDefinition step) => step.Distress == Pass;

    /// <summary>The option a distress message chooses at a danger question, or null.</summary>
    public static string? OptionOf(StepDefinition step) => step.Distress is null or AskAgain or Pass ? null : step.Distress;

    /// <summary>What is wrong with the step's <c>distress</c> field, or null.</summary>
    internal static string? Check(StepDefinition step)
    {
        if (OptionOf(step) is not { } option)
        {
            return step.Distress is not null && !step.IsPrompt
                ? "'distress' works on questions only."
                : null;
        }

        return step.Kind == StepKind.Choice && step.Options.Any(o => o.Value == option)
            ? null
            : $"distress is '{option}'; use {AskAgain}, {Pass}, or the value of one of the step's options.";
    }
}
