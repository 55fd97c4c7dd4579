namespace Assistant.Core.Dialogs;

/// <summary>
/// The engine's own settings from <c>dialogs/_engine.yaml</c>: which flow greets a new user, which one
/// is home, and the commands that interrupt any flow at any step.
/// </summary>
public sealed class EngineSettings
{
    public const string FileName = "_engine.yaml";

    public string FirstContactFlow { get; set; } = "onboarding";

    public string HomeFlow { get; set; } = "main-menu";

    /// <summary>
    /// The flow behind "talk to a person": offered as "none of these" when a choice was answered wrongly, and
    /// when a flow pauses after too many wrong answers. Without it (or with the flow not loaded, as in a
    /// host without tickets) those buttons are left out.
    /// </summary>
    public string? PersonFlow { get; set; }

    public List<Interruption> Interruptions { get; set; } = [];
}

/// <summary>
/// A command such as <c>/help</c>. The same words typed (text key <c>words.{command}</c>, any language)
/// or a button with the payload <c>/{command}</c> do the same. Text after the command
/// (<c>/start flyer-7</c>, a button's <c>/attend 42</c>) reaches the flow as its <c>argument</c> value;
/// such buttons need no stored question, so they keep working in old messages, and the flow must
/// check that the argument belongs to the user.
/// </summary>
public sealed class Interruption
{
    public string Command { get; set; } = "";

    /// <summary>restart: start <see cref="Flow"/> afresh; push: run <see cref="Flow"/> and come back; cancel; help.</summary>
    public InterruptionKind Does { get; set; }

    public string? Flow { get; set; }

    /// <summary>
    /// Shown in the channel's command menu (text key <c>commands.{command}</c>) and triggered by its words
    /// (<c>words.{command}</c>). False for commands that only buttons carry.
    /// </summary>
    public bool InMenu { get; set; } = true;

    /// <summary>
    /// The command throws something away (<c>/delete</c>, <c>/cancel</c>). Its word typed as the answer to a
    /// free-text question is taken as that answer, never as the command; see <see cref="TypedCommands"/>.
    /// </summary>
    public bool Destructive { get; set; }

    public string WordsKey => "words." + Command;

    public string DescriptionKey => "commands." + Command;
}

public enum InterruptionKind
{
    Restart,
    Push,
    Cancel,
    Help,
}
