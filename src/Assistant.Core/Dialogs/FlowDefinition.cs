namespace Assistant.Core.Dialogs;

/// <summary>A conversation flow as written in one file of <c>dialogs/</c>.</summary>
public sealed record FlowDefinition(
    string Id,
    string SourceFile,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<string> Inputs,
    string? Result)
{
    /// <summary>
    /// Text key of the question asked before <c>/cancel</c> leaves this flow once
    /// the person has answered something in it (a registration, a report); null to leave without asking.
    /// </summary>
    public string? LeaveWarning { get; init; }

    public const string EndTarget = "end";

    public StepDefinition Start => Steps[0];

    public StepDefinition? Find(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    /// <summary>The step written after <paramref name="step"/>, which is where a step without <c>next</c> goes.</summary>
    public string FollowingTarget(StepDefinition step)
    {
        var index = Steps.ToList().IndexOf(step);
        return index + 1 < Steps.Count ? Steps[index + 1].Id : EndTarget;
    }
}

public enum StepKind
{
    /// <summary>Sends a text, then goes on.</summary>
    Message,

    /// <summary>Asks with buttons; typed text matching a button counts too.</summary>
    Choice,

    /// <summary>Asks for typed text and validates it.</summary>
    Input,

    /// <summary>Asks yes or no.</summary>
    Confirm,

    /// <summary>Runs a named C# handler that may read and set values and choose the next step.</summary>
    Action,

    /// <summary>Goes to the step named for the current value of a variable.</summary>
    Branch,

    /// <summary>Runs another flow and comes back with its result.</summary>
    Call,

    /// <summary>Ends the flow.</summary>
    End,
}

public sealed record StepDefinition
{
    public required string Id { get; init; }

    public required StepKind Kind { get; init; }

    /// <summary>Text key of the message or of the question.</summary>
    public string? Text { get; init; }

    /// <summary>Text key of the explanation <c>/help</c> gives at this step.</summary>
    public string? Help { get; init; }

    public string? Next { get; init; }

    /// <summary>Variable that receives the answer (prompts) or the called flow's result (call).</summary>
    public string? Save { get; init; }

    public IReadOnlyList<ChoiceOptionDefinition> Options { get; init; } = [];

    /// <summary>Handler that lists the choice's options at the moment of asking.</summary>
    public string? OptionsFrom { get; init; }

    /// <summary>Where typed text that matches no option goes (the text is saved); without it, the user is asked again.</summary>
    public string? Otherwise { get; init; }

    public int Columns { get; init; } = 1;

    /// <summary>Shows the question in every language, for when the user's language is not known yet.</summary>
    public bool AllLanguages { get; init; }

    public InputRule? Validate { get; init; }

    /// <summary>Text key sent when an answer is not valid.</summary>
    public string? Retry { get; init; }

    public int MaxAttempts { get; init; } = 3;

    /// <summary>
    /// Where the flow goes instead of ending when the attempts run out. A safety question sets it: not
    /// understanding the answer must never leave a person without the emergency numbers.
    /// </summary>
    public string? OutOfAttempts { get; init; }

    /// <summary>
    /// What a message saying the person is in danger does at this step, after the safety answer
    /// (<see cref="Safety.DistressMode"/>): by default the question is asked again and the text is not taken
    /// as its answer; <c>pass</c> lets the text go on as the answer too (free text a counsellor must read);
    /// an option's value makes the message that option, without a separate safety answer (the danger question itself).
    /// </summary>
    public string? Distress { get; init; }

    /// <summary>
    /// Destructive questions (erase my data, delete a report, cancel a booking): only a button press answers.
    /// A typed "yes" in any language gets "please use the buttons", so a word meant for something else never
    /// confirms.
    /// </summary>
    public bool ButtonsOnly { get; init; }

    /// <summary>
    /// Every typed word is an answer here, also "help" or "menu" (messages to a counsellor); only commands
    /// written with "/" interrupt.
    /// </summary>
    public bool WordsAreAnswers { get; init; }

    /// <summary>For phone inputs: offer the channel's "share my number" button.</summary>
    public bool RequestContact { get; init; }

    /// <summary>
    /// Input steps and choices with <see cref="Otherwise"/>: a photo, document or voice message counts as an
    /// answer too. Its caption (or an empty text) is saved; the action after the step reads the files from
    /// <see cref="ActionContext.Message"/>, in the same turn.
    /// </summary>
    public bool AcceptAttachments { get; init; }

    public string? Yes { get; init; }

    public string? No { get; init; }

    public string? Handler { get; init; }

    /// <summary>Variables the handler sets, so texts may use them (checked at start-up).</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    public string? On { get; init; }

    public IReadOnlyDictionary<string, string> Cases { get; init; } = new Dictionary<string, string>();

    public string? Default { get; init; }

    public string? Flow { get; init; }

    /// <summary>Values handed to the called flow: its input name to a variable of this flow.</summary>
    public IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>();

    public bool IsPrompt => Kind is StepKind.Choice or StepKind.Input or StepKind.Confirm;
}

public sealed record ChoiceOptionDefinition(string Value, string Text, string? Next)
{
    /// <summary>Text key of words (<c>words.yes</c>) that choose this option when typed alone or at the start of an answer, in any language.</summary>
    public string? Words { get; init; }
}

public enum InputType
{
    Text,
    Number,
    Date,
    Phone,
    Pattern,
}

public sealed record InputRule
{
    public InputType Type { get; init; } = InputType.Text;

    public int MinLength { get; init; } = 1;

    public int MaxLength { get; init; } = 2000;

    public string? Pattern { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>For dates: "past", "future" or null for any.</summary>
    public string? When { get; init; }
}
