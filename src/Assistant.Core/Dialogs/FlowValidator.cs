using System.Text.RegularExpressions;
using Assistant.Core.Localization;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Finds every mistake a flow can hold before a user meets it: unknown steps, flows, handlers or text
/// keys, and texts whose placeholders the flow never fills. All problems are reported at once.
/// </summary>
internal static class FlowValidator
{
    /// <summary>Values every text may use without the flow setting them.</summary>
    public static readonly IReadOnlySet<string> GlobalValues = new HashSet<string> { "first_name", "language_name" };

    private static readonly IReadOnlySet<string> ValidationValues = new HashSet<string> { "min", "max" };

    private static readonly string[] EngineKeys =
    [
        "dialog.yes", "dialog.no", "dialog.button_outdated", "dialog.paused", "dialog.go_on", "dialog.talk_to_person",
        "dialog.back", "dialog.none_of_these", "dialog.use_buttons", "dialog.leave_stop", "dialog.leave_stay", "dialog.cancelled",
        "dialog.help", "dialog.choose_button", "dialog.choose_yes_no", "dialog.attempts_left", "dialog.slow_down", "dialog.not_taken",
        "validation.expected_text", "validation.too_short", "validation.too_long", "validation.pattern",
        "validation.number", "validation.number_range", "validation.date", "validation.date_past",
        "validation.date_future", "validation.phone",
    ];

    public static void Validate(FlowRegistry registry, TextCatalog texts)
    {
        var problems = new List<string>();
        foreach (var key in EngineKeys.Where(k => !texts.Contains(k)))
        {
            problems.Add($"{Languages.Reference}.yaml: key '{key}', which the dialog engine uses, is missing.");
        }

        CheckSettings(registry, texts, problems);
        foreach (var flow in registry.Flows)
        {
            CheckFlow(registry, texts, flow, problems);
        }

        foreach (var actions in registry.ActionClasses.Where(a => registry.Find(a.FlowId) is null))
        {
            problems.Add($"{actions.GetType().Name}: handlers for flow '{actions.FlowId}', which no file in dialogs/ defines.");
        }

        if (problems.Count > 0)
        {
            throw new DialogDefinitionException(string.Join(Environment.NewLine, problems));
        }
    }

    private static void CheckSettings(FlowRegistry registry, TextCatalog texts, List<string> problems)
    {
        var s = registry.Settings;
        foreach (var flowId in new[] { s.FirstContactFlow, s.HomeFlow }.Where(f => registry.Find(f) is null))
        {
            problems.Add($"{EngineSettings.FileName}: flow '{flowId}' does not exist.");
        }

        foreach (var i in s.Interruptions)
        {
            if (i.Does is InterruptionKind.Restart or InterruptionKind.Push && (i.Flow is null || registry.Find(i.Flow) is null))
            {
                problems.Add($"{EngineSettings.FileName}: command '{i.Command}' names flow '{i.Flow}', which does not exist.");
            }

            // Commands for buttons only (InMenu: false) need no words and no description.
            foreach (var key in new[] { i.WordsKey, i.DescriptionKey }.Where(k => i.InMenu && !texts.Contains(k)))
            {
                problems.Add($"{EngineSettings.FileName}: command '{i.Command}' needs text key '{key}', which is missing.");
            }
        }
    }

    private static void CheckFlow(FlowRegistry registry, TextCatalog texts, FlowDefinition flow, List<string> problems)
    {
        var where = flow.SourceFile;
        var known = new HashSet<string>(GlobalValues);
        known.UnionWith(flow.Inputs);
        foreach (var step in flow.Steps)
        {
            if (step.Save is not null)
            {
                known.Add(step.Save);
            }

            known.UnionWith(step.Sets);
        }

        if (flow.LeaveWarning is { } warning)
        {
            CheckText(texts, $"{where}: leave_warning", warning, known, new HashSet<string>(), problems);
        }

        var ids = new HashSet<string>();
        foreach (var step in flow.Steps)
        {
            var at = $"{where}: step '{step.Id}'";
            if (!ids.Add(step.Id))
            {
                problems.Add($"{at}: the id is used twice.");
            }

            foreach (var target in Targets(step).Where(t => t != FlowDefinition.EndTarget && flow.Find(t) is null))
            {
                problems.Add($"{at}: goes to step '{target}', which does not exist.");
            }

            foreach (var (key, extra) in TextKeys(step))
            {
                CheckText(texts, at, key, known, extra, problems);
            }

            CheckKind(registry, flow, step, at, problems);
        }
    }

    private static void CheckKind(FlowRegistry registry, FlowDefinition flow, StepDefinition step, string at, List<string> problems)
    {
        if (step.AcceptAttachments && step.Kind != StepKind.Input && !(step.Kind == StepKind.Choice && step.Otherwise is not null))
        {
            problems.Add($"{at}: accept_attachments works on input steps and on choices with 'otherwise'.");
        }

        switch (step.Kind)
        {
            case StepKind.Message when step.Text is null:
            case StepKind.Choice or StepKind.Input or StepKind.Confirm when step.Text is null:
                problems.Add($"{at}: needs a text.");
                break;
            case StepKind.Choice when step.Options.Count == 0 && step.OptionsFrom is null:
                problems.Add($"{at}: a choice needs options or options_from.");
                break;
            case StepKind.Choice when step.OptionsFrom is not null && registry.FindOptions(flow.Id, step.OptionsFrom) is null:
                problems.Add($"{at}: options_from names handler '{step.OptionsFrom}', which {ActionsClass(flow)} does not have.");
                break;
            case StepKind.Action when step.Handler is null || registry.FindAction(flow.Id, step.Handler) is null:
                problems.Add($"{at}: handler '{step.Handler}' does not exist in {ActionsClass(flow)}.");
                break;
            case StepKind.Branch when step.On is null:
                problems.Add($"{at}: a branch needs 'on'.");
                break;
            case StepKind.Call when step.Flow is null || registry.Find(step.Flow) is null:
                problems.Add($"{at}: calls flow '{step.Flow}', which does not exist.");
                break;
            case StepKind.Input when step.Validate?.Pattern is { } pattern && !IsRegex(pattern):
                problems.Add($"{at}: pattern '{pattern}' is not a valid regular expression.");
                break;
        }

        if (Safety.DistressMode.Check(step) is { } distressProblem)
        {
            problems.Add($"{at}: {distressProblem}");
        }
    }

    private static void CheckText(TextCatalog texts, string at, string key, HashSet<string> known, IReadOnlySet<string> extra, List<string> problems)
    {
        if (!texts.Contains(key))
        {
            problems.Add($"{at}: text key '{key}' is missing in localization/.");
            return;
        }

        foreach (var placeholder in texts.PlaceholdersOf(key).Where(p => !known.Contains(p) && !extra.Contains(p) && p != "count"))
        {
            problems.Add($"{at}: text '{key}' uses placeholder {{{placeholder}}}, which the flow never sets.");
        }
    }

    private static IEnumerable<(string Key, IReadOnlySet<string> Extra)> TextKeys(StepDefinition step)
    {
        var none = new HashSet<string>();
        foreach (var key in new[] { step.Text, step.Help }.OfType<string>())
        {
            yield return (key, none);
        }

        if (step.Retry is not null)
        {
            yield return (step.Retry, ValidationValues);
        }

        foreach (var option in step.Options)
        {
            yield return (option.Text, none);
            if (option.Words is not null)
            {
                yield return (option.Words, none);
            }
        }
    }

    private static IEnumerable<string> Targets(StepDefinition step) =>
        new[] { step.Next, step.Otherwise, step.Yes, step.No, step.Default, step.OutOfAttempts }
            .Concat(step.Options.Select(o => o.Next))
            .Concat(step.Cases.Values)
            .OfType<string>();

    private static string ActionsClass(FlowDefinition flow) =>
        string.Concat(flow.Id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Actions";

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
