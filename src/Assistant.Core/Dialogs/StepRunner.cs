using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Moves a conversation through its steps: runs steps until one waits for the user, and feeds the
/// user's answer to the step that asked. Works on one turn's state; saving is the engine's job.
/// </summary>
internal sealed partial class StepRunner(FlowRegistry flows, ConversationState state, TurnContext turn, ILogger logger)
{
    // A flow that loops without ever asking anything is a bug; stop it instead of spinning forever.
    private const int MaxStepsPerTurn = 200;
    private bool _begunHome;

    public void Begin(string flowId, IDictionary<string, string>? values = null)
    {
        var flow = flows.Get(flowId);
        state.Stack.Add(new DialogFrame
        {
            FlowId = flow.Id,
            StepId = flow.Start.Id,
            Values = values is null ? [] : new Dictionary<string, string>(values),
        });
    }

    /// <summary>Runs steps until one waits for an answer. An empty stack starts the home flow, so the user always has a way on.</summary>
    public async Task ContinueAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < MaxStepsPerTurn; i++)
        {
            if (state.Top is null && turn.ForgetUser)
            {
                // Erased: nothing to go home to; the next message starts anew.
                return;
            }

            if (state.Top is null)
            {
                // Only a conversation that never happened starts with the greeting; after that, home.
                Begin(state.Version == 0 && !_begunHome ? flows.Settings.FirstContactFlow : flows.Settings.HomeFlow);
                _begunHome = true;
            }

            var frame = state.Top!;
            var flow = flows.Find(frame.FlowId);
            var step = flow?.Find(frame.StepId);
            if (flow is null || step is null)
            {
                // The flow files changed while this conversation was stored; start over rather than guess.
                logger.LogWarning("Stored step {FlowId}/{StepId} no longer exists; the conversation starts again", frame.FlowId, frame.StepId);
                state.Stack.Clear();
                continue;
            }

            if (frame.Waiting)
            {
                return;
            }

            await RunStepAsync(flow, frame, step, cancellationToken).ConfigureAwait(false);
        }

        logger.LogError("Flow {FlowId} ran {Steps} steps without asking anything; it was stopped", state.Top?.FlowId, MaxStepsPerTurn);
        state.Stack.Clear();
    }

    private async Task RunStepAsync(FlowDefinition flow, DialogFrame frame, StepDefinition step, CancellationToken cancellationToken)
    {
        switch (step.Kind)
        {
            case StepKind.Message:
                turn.Say(turn.Render(step.Text!, frame.Values));
                Goto(flow, frame, step, step.Next);
                break;
            case StepKind.Choice or StepKind.Input or StepKind.Confirm:
                await PromptAsync(flow, frame, step, keepPromptId: false, cancellationToken).ConfigureAwait(false);
                break;
            case StepKind.Action:
                var next = await flows.FindAction(flow.Id, step.Handler!)!(new ActionContext(turn, frame), cancellationToken).ConfigureAwait(false);
                Goto(flow, frame, step, next ?? step.Next);
                break;
            case StepKind.Branch:
                var value = frame.Values.GetValueOrDefault(step.On!) ?? "";
                Goto(flow, frame, step, step.Cases.GetValueOrDefault(value) ?? step.Default);
                break;
            case StepKind.Call:
                var args = step.Args.ToDictionary(a => a.Key, a => frame.Values.GetValueOrDefault(a.Value) ?? "");
                Begin(step.Flow!, args);
                break;
            case StepKind.End:
                EndFlow();
                break;
        }
    }

    /// <summary>
    /// Feeds the user's answer to the waiting step. Returns the command line of a command the person just
    /// confirmed by button (<c>cancel</c>, <c>start flyer-7</c>), which the engine then carries out.
    /// </summary>
    public async Task<string?> DeliverAsync(CancellationToken cancellationToken)
    {
        var frame = state.Top!;
        var flow = flows.Get(frame.FlowId);
        var step = flow.Find(frame.StepId)!;
        var message = turn.Message;

        if (frame.Aside == FrameAside.Paused && message.ButtonPayload is null)
        {
            // Typing after a pause answers the question again, with fresh attempts.
            ClearAside(frame);
            frame.Attempts = 0;
            frame.PromptId = NewPromptId();
            await OfferAsync(flow, frame, step, cancellationToken).ConfigureAwait(false);
        }
        else if (frame.Aside is not null)
        {
            return await DeliverToAsideAsync(flow, frame, step, cancellationToken).ConfigureAwait(false);
        }

        if (message.ButtonPayload is { } payload)
        {
            if (FindPressed(frame, payload) is not { } option)
            {
                turn.ButtonRejected = true;
                turn.Say(turn.Render("dialog.button_outdated", frame.Values));
                await PromptAsync(flow, frame, step, keepPromptId: true, cancellationToken).ConfigureAwait(false);
                return null;
            }

            turn.AcceptedButtonLabel = option.Label;
            Choose(flow, frame, step, option);
            return null;
        }

        switch (step.Kind)
        {
            case StepKind.Choice or StepKind.Confirm when step.ButtonsOnly && !TakesFiles(step, message):
                turn.Say(turn.Render("dialog.use_buttons", frame.Values));
                await PromptAsync(flow, frame, step, keepPromptId: true, cancellationToken).ConfigureAwait(false);
                break;
            case StepKind.Choice or StepKind.Confirm when TypedAnswers.Match(turn, frame, step, message.Text) is { } typed:
                Choose(flow, frame, step, typed);
                break;
            case StepKind.Choice when step.Otherwise is not null && (!string.IsNullOrWhiteSpace(message.Text) || TakesFiles(step, message)):
                frame.Values[step.Save ?? "text"] = message.Text?.Trim() ?? "";
                Answered(frame, step);
                Goto(flow, frame, step, step.Otherwise);
                break;
            case StepKind.Choice:
                await RetryAsync(flow, frame, step, "dialog.choose_button", null, cancellationToken, countsAsAttempt: IsAnAnswer(message)).ConfigureAwait(false);
                break;
            case StepKind.Confirm:
                await RetryAsync(flow, frame, step, "dialog.choose_yes_no", null, cancellationToken, countsAsAttempt: IsAnAnswer(message)).ConfigureAwait(false);
                break;
            case StepKind.Input when step.Validate!.Type == InputType.Phone && message.Contact is { } contact:
                Accept(flow, frame, step, InputValidator.Check(step.Validate, contact.PhoneNumber, turn.Today).Value, null);
                break;
            case StepKind.Input when TakesFiles(step, message):
                Accept(flow, frame, step, InputValidator.StripInvisible(message.Text ?? "").Trim(), null);
                break;
            case StepKind.Input:
                var check = InputValidator.Check(step.Validate!, message.IsUnsupportedContent ? null : message.Text, turn.Today);
                if (check.IsValid)
                {
                    Accept(flow, frame, step, check.Value, null);
                }
                else
                {
                    var noAnswer = check.ProblemKey is "validation.expected_text" or "validation.unreadable";
                    var key = noAnswer ? check.ProblemKey! : step.Retry ?? check.ProblemKey!;
                    await RetryAsync(flow, frame, step, key, check.ProblemArgs, cancellationToken, countsAsAttempt: !noAnswer).ConfigureAwait(false);
                }

                break;
        }

        return null;
    }

    /// <summary>Asks the current question again, such as after <c>/help</c> or when a pushed flow returns.</summary>
    public Task RepromptAsync(CancellationToken cancellationToken)
    {
        var frame = state.Top!;
        if (frame.Aside is not null)
        {
            SendAside(frame);
            return Task.CompletedTask;
        }

        var flow = flows.Get(frame.FlowId);
        return PromptAsync(flow, frame, flow.Find(frame.StepId)!, keepPromptId: true, cancellationToken);
    }

    /// <summary>Answers the waiting choice with the option of <paramref name="value"/>, as if its button was pressed.</summary>
    public bool TryChoose(string value)
    {
        var frame = state.Top!;
        var flow = flows.Get(frame.FlowId);
        var option = frame.Offered.FirstOrDefault(o => o.Value == value);
        if (option is null)
        {
            return false;
        }

        Accept(flow, frame, flow.Find(frame.StepId)!, option.Value, option.Next);
        return true;
    }

    public StepDefinition? CurrentStep() =>
        state.Top is { } frame ? flows.Find(frame.FlowId)?.Find(frame.StepId) : null;

    private void Accept(FlowDefinition flow, DialogFrame frame, StepDefinition step, string value, string? optionNext)
    {
        if (step.Save is not null)
        {
            frame.Values[step.Save] = value;
        }

        Answered(frame, step);
        var next = step.Kind == StepKind.Confirm
            ? (value == "yes" ? step.Yes : step.No) ?? step.Next
            : optionNext ?? step.Next;
        Goto(flow, frame, step, next);
    }

    private void Goto(FlowDefinition flow, DialogFrame frame, StepDefinition step, string? target)
    {
        target ??= flow.FollowingTarget(step);
        if (target == FlowDefinition.EndTarget)
        {
            EndFlow();
            return;
        }

        frame.StepId = target;
        frame.Waiting = false;
        frame.Attempts = 0;
        frame.PromptId = null;
        frame.Offered = [];
    }

    /// <summary>Pops the finished flow and hands its result to the flow that called it.</summary>
    private void EndFlow()
    {
        var child = state.Top!;
        state.Stack.RemoveAt(state.Stack.Count - 1);
        if (turn.ForgetUser)
        {
            // The user's data was just erased: no flow below goes on, no menu follows.
            state.Stack.Clear();
            return;
        }

        if (state.Top is not { } parent)
        {
            return;
        }

        var parentFlow = flows.Get(parent.FlowId);
        var callStep = parentFlow.Find(parent.StepId)!;
        if (parent.Waiting)
        {
            // The child was pushed over a question (an interruption such as /language): the step runs
            // again and asks anew, in the language that may just have changed.
            parent.Waiting = false;
            return;
        }

        if (callStep.Save is not null && flows.Get(child.FlowId).Result is { } result && child.Values.TryGetValue(result, out var value))
        {
            parent.Values[callStep.Save] = value;
        }

        Goto(parentFlow, parent, callStep, callStep.Next);
    }

    private static bool TakesFiles(StepDefinition step, IncomingMessage message) =>
        step.AcceptAttachments && message.Attachments.Count > 0;
}
