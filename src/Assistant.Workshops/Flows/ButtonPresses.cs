using Assistant.Core.Dialogs;
using Assistant.Workshops.Registrations;

namespace Assistant.Workshops.Flows;

/// <summary>
/// What the button flows (<c>/attend</c>, <c>/cannot-attend</c>, <c>/accept-place</c>, <c>/decline-place</c>)
/// have in common. Their argument is an id typed or forged as easily as pressed, so it is only ever
/// used together with the user's own id, and an answer that changed nothing says so.
/// </summary>
internal static class ButtonPresses
{
    public static string Argument(ActionContext context) => FlowSupport.Value(context, "argument")?.Trim() ?? "";

    public static bool IsRegistration(string id) => id.StartsWith('w');

    public static bool IsAppointment(string id) => id.StartsWith('a');

    /// <summary>The answer for a press that changed nothing.</summary>
    public static void SayUnchanged(ActionContext context, ChangeOutcome outcome) =>
        context.Say(outcome == ChangeOutcome.Over ? "reminders.over" : "reminders.not_valid");
}
