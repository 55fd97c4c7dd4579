namespace Assistant.Core.Dialogs;

/// <summary>
/// Where a user stands in their conversation: the dialog stack. Saved after every turn with a version,
/// so that two writers never silently overwrite each other (optimistic concurrency).
/// </summary>
public sealed class ConversationState
{
    public long UserId { get; set; }

    /// <summary>Incremented on every save; a save that expects an older version is refused.</summary>
    public int Version { get; set; }

    /// <summary>Bottom first; the last frame is the step the user is at.</summary>
    public List<DialogFrame> Stack { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public DialogFrame? Top => Stack.Count > 0 ? Stack[^1] : null;
}

/// <summary>One running flow: its step, its values, and the question it is waiting on.</summary>
public sealed class DialogFrame
{
    public string FlowId { get; set; } = "";

    public string StepId { get; set; } = "";

    /// <summary>True when the step's question was sent and the answer is awaited.</summary>
    public bool Waiting { get; set; }

    public int Attempts { get; set; }

    /// <summary>Random id of the question on screen; buttons carry it so that old or forged presses are recognised.</summary>
    public string? PromptId { get; set; }

    /// <summary>The options exactly as they were offered, so a later press means what the user saw.</summary>
    public List<OfferedOption> Offered { get; set; } = [];

    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>How many questions of this flow were answered: leaving a flow with answers asks first.</summary>
    public int Answers { get; set; }

    /// <summary>The questions answered so far, last at the end, for the "Back" button.</summary>
    public List<string> Asked { get; set; } = [];

    /// <summary>
    /// A question put in front of the waiting step without leaving it: <see cref="FrameAside.Paused"/> after
    /// too many wrong answers, <see cref="FrameAside.Leaving"/> while asking whether to stop. Its buttons are
    /// in <see cref="Offered"/>; the step and its answers stay as they are.
    /// </summary>
    public FrameAside? Aside { get; set; }

    /// <summary>The text key of the aside's question, to ask it again.</summary>
    public string? AsideText { get; set; }

    /// <summary>For <see cref="FrameAside.Leaving"/>: the command that asked (<c>cancel</c>, <c>start flyer-7</c>).</summary>
    public string? AsideCommand { get; set; }
}

public enum FrameAside
{
    Paused,
    Leaving,
}

public sealed record OfferedOption(string Value, string Label, string? Next);
