using Assistant.Core.Conversations;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Ways out that never throw answers away: "Back" and "none of these" after a wrong answer, a pause (go on,
/// or talk to a person) instead of an ending after the last attempt, and a question by button before a
/// command leaves a flow with answers in it.
/// </summary>
internal sealed partial class StepRunner
{
    private const string BackValue = TypedAnswers.EnginePrefix + "back";
    private const string PersonValue = TypedAnswers.EnginePrefix + "person";
    private const string GoOnValue = TypedAnswers.EnginePrefix + "go_on";
    private const string LeaveValue = TypedAnswers.EnginePrefix + "leave";
    private const string StayValue = TypedAnswers.EnginePrefix + "stay";

    /// <summary>
    /// The text key to ask with before <c>/cancel</c> leaves the flow the person is in, or null when nothing would
    /// be lost: the flow does not ask (<see cref="FlowDefinition.LeaveWarning"/>) or has no answer yet. Only the
    /// flow on top counts: a sent report below its open ticket has nothing left to lose.
    /// </summary>
    public string? LeaveWarning() =>
        state.Top is { Waiting: true, Answers: > 0 } top ? flows.Find(top.FlowId)?.LeaveWarning : null;

    /// <summary>Asks by button whether to stop; the waiting question stays as it is. A typed "yes" does not count.</summary>
    public void AskBeforeLeaving(string warningKey, string commandLine) =>
        ShowAside(
            state.Top!,
            FrameAside.Leaving,
            warningKey,
            commandLine,
            [new(LeaveValue, turn.Render("dialog.leave_stop", null), null), new(StayValue, turn.Render("dialog.leave_stay", null), null)]);

    /// <summary>
    /// Asks again after an answer that did not fit. Only real answers use up attempts: a sticker, a photo, a
    /// shared location or binary junk is no attempt to answer. After the last attempt the flow pauses with
    /// its answers; it never ends on its own.
    /// </summary>
    private async Task RetryAsync(FlowDefinition flow, DialogFrame frame, StepDefinition step, string key, IReadOnlyDictionary<string, string>? args, CancellationToken cancellationToken, bool countsAsAttempt)
    {
        var text = turn.Render(key, frame.Values, args);
        if (countsAsAttempt)
        {
            frame.Attempts++;
            if (frame.Attempts >= step.MaxAttempts && step.OutOfAttempts is { } instead)
            {
                // A safety question never pauses: not understanding must not keep the numbers from anyone.
                Goto(flow, frame, step, instead);
                return;
            }

            if (frame.Attempts >= step.MaxAttempts)
            {
                Pause(frame);
                return;
            }

            var left = new Dictionary<string, string> { ["count"] = (step.MaxAttempts - frame.Attempts).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            text += "\n" + turn.Render("dialog.attempts_left", null, left);
        }

        await PromptAsync(flow, frame, step, keepPromptId: true, cancellationToken, text, wayOut: step.Kind == StepKind.Choice && !step.ButtonsOnly).ConfigureAwait(false);
    }

    private static bool IsAnAnswer(IncomingMessage message) =>
        !message.IsUnsupportedContent && message.Text is { } text && !InputValidator.IsUnreadable(text);

    private void Pause(DialogFrame frame)
    {
        frame.Attempts = 0;
        List<OfferedOption> options = [new(GoOnValue, turn.Render("dialog.go_on", null), null)];
        if (CanTalkToPerson())
        {
            options.Add(new(PersonValue, turn.Render("dialog.talk_to_person", null), null));
        }

        ShowAside(frame, FrameAside.Paused, "dialog.paused", null, options);
    }

    /// <summary>Adds "Back" (when there was an earlier question) and "none of these" (a person) to a choice asked again.</summary>
    private void AddWayOut(DialogFrame frame)
    {
        if (frame.Asked.Any(id => id != frame.StepId))
        {
            frame.Offered.Add(new(BackValue, turn.Render("dialog.back", null), null));
        }

        if (CanTalkToPerson())
        {
            frame.Offered.Add(new(PersonValue, turn.Render("dialog.none_of_these", null), null));
        }
    }

    /// <summary>An option chosen by button or by typing its label; the engine's own options act here.</summary>
    private void Choose(FlowDefinition flow, DialogFrame frame, StepDefinition step, OfferedOption option)
    {
        switch (option.Value)
        {
            case BackValue:
                while (frame.Asked.Count > 0 && frame.Asked[^1] == frame.StepId)
                {
                    frame.Asked.RemoveAt(frame.Asked.Count - 1);
                }

                var previous = frame.Asked[^1];
                frame.Asked.RemoveAt(frame.Asked.Count - 1);
                Goto(flow, frame, step, previous);
                break;
            case PersonValue:
                TalkToPerson(frame);
                break;
            default:
                Accept(flow, frame, step, option.Value, option.Next);
                break;
        }
    }

    private async Task<string?> DeliverToAsideAsync(FlowDefinition flow, DialogFrame frame, StepDefinition step, CancellationToken cancellationToken)
    {
        if (turn.Message.ButtonPayload is { } payload && FindPressed(frame, payload) is { } option)
        {
            turn.AcceptedButtonLabel = option.Label;
            var command = frame.AsideCommand;
            ClearAside(frame);
            switch (option.Value)
            {
                case LeaveValue:
                    return command;
                case PersonValue:
                    TalkToPerson(frame);
                    return null;
                default:
                    frame.Attempts = 0;
                    await PromptAsync(flow, frame, step, keepPromptId: false, cancellationToken).ConfigureAwait(false);
                    return null;
            }
        }

        if (turn.Message.ButtonPayload is not null)
        {
            turn.ButtonRejected = true;
            turn.Say(turn.Render("dialog.button_outdated", frame.Values));
        }
        else
        {
            turn.Say(turn.Render("dialog.use_buttons", frame.Values));
        }

        SendAside(frame);
        return null;
    }

    /// <summary>Runs the person flow on top; the question below is asked again when it ends, with its answers.</summary>
    private void TalkToPerson(DialogFrame frame)
    {
        frame.Attempts = 0;
        Begin(flows.Settings.PersonFlow!);
    }

    private bool CanTalkToPerson() =>
        flows.Settings.PersonFlow is { } person && flows.Find(person) is not null && state.Stack.All(f => f.FlowId != person);

    private void ShowAside(DialogFrame frame, FrameAside aside, string textKey, string? commandLine, List<OfferedOption> options)
    {
        frame.Aside = aside;
        frame.AsideText = textKey;
        frame.AsideCommand = commandLine;
        frame.PromptId = NewPromptId();
        frame.Offered = options;
        frame.Waiting = true;
        SendAside(frame);
    }

    private void SendAside(DialogFrame frame) => SendQuestion(frame, turn.Render(frame.AsideText!, frame.Values), columns: 2);

    private static void ClearAside(DialogFrame frame)
    {
        frame.Aside = null;
        frame.AsideText = null;
        frame.AsideCommand = null;
    }

    private static void Answered(DialogFrame frame, StepDefinition step)
    {
        frame.Answers++;
        if (frame.Asked.Count == 0 || frame.Asked[^1] != step.Id)
        {
            frame.Asked.Add(step.Id);
        }
    }

    private static bool IsEngineOption(OfferedOption option) => option.Value.StartsWith(TypedAnswers.EnginePrefix, StringComparison.Ordinal);
}
