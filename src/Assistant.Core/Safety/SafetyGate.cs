using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Microsoft.Extensions.Logging;

namespace Assistant.Core.Safety;

/// <summary>
/// The first thing of every turn: a message saying the person is in danger is answered with 110, 112 and the
/// help lines before anything else, at any step of any flow. Then the conversation goes on where it was: the
/// waiting question is asked again, or (steps marked <c>distress: pass</c>) the text goes on as its answer.
/// </summary>
public sealed class SafetyGate(IDistressRecognizer recognizer, HelpLines helpLines, ILogger<SafetyGate> logger)
{
    /// <summary>True when the message was used up here: the turn only goes on to the next question.</summary>
    internal async Task<bool> AnswerFirstAsync(StepRunner runner, TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        var message = turn.Message;
        if (message.ButtonPayload is not null || string.IsNullOrWhiteSpace(message.Text)
            || recognizer.Recognize(message.Text, turn.Language) is not { } match)
        {
            return false;
        }

        // No user id and no text: that someone wrote this is sensitive; that the answer went out is what operators need.
        logger.LogInformation("A message in {Language} said the person is in danger; the safety answer went first", match.Language);
        var step = state.Top is { Waiting: true } ? runner.CurrentStep() : null;
        if (step is not null && DistressMode.OptionOf(step) is { } option && runner.TryChoose(option))
        {
            // The danger question itself: the message is its answer, and the flow shows the numbers next.
            return true;
        }

        foreach (var language in new[] { match.Language, turn.Language }.Distinct())
        {
            // The language the person just wrote in first: they can read it, whatever their settings say.
            var values = new Dictionary<string, string> { ["help_lines"] = helpLines.Render(language) };
            turn.Send(new OutgoingMessage
            {
                Text = turn.Render(language, "safety.answer", null, values),
                Direction = turn.Texts.DirectionOf(language),
            });
        }

        if (step is not null && DistressMode.Passes(step))
        {
            return false;
        }

        if (step is not null)
        {
            await runner.RepromptAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
