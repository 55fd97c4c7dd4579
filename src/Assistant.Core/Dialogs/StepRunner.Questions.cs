using System.Security.Cryptography;
using Assistant.Core.Conversations;

namespace Assistant.Core.Dialogs;

/// <summary>Asking: the question with its buttons, and which offered option a button press means.</summary>
internal sealed partial class StepRunner
{
    private async Task PromptAsync(FlowDefinition flow, DialogFrame frame, StepDefinition step, bool keepPromptId, CancellationToken cancellationToken, string? textOverride = null, bool wayOut = false)
    {
        if (!keepPromptId || frame.PromptId is null)
        {
            frame.PromptId = NewPromptId();
        }

        ClearAside(frame);
        await OfferAsync(flow, frame, step, cancellationToken).ConfigureAwait(false);
        if (wayOut)
        {
            AddWayOut(frame);
        }

        frame.Waiting = true;
        var text = textOverride
            ?? (step.AllLanguages
                ? string.Join("\n", turn.Texts.LanguageCodes.Select(l => turn.Render(l, step.Text!, frame.Values)))
                : turn.Render(step.Text!, frame.Values));
        var columns = step.Kind == StepKind.Confirm ? 2 : Math.Max(1, step.Columns);
        SendQuestion(frame, text, columns, step.RequestContact);
    }

    /// <summary>The step's buttons, as they are at this moment, in <see cref="DialogFrame.Offered"/>.</summary>
    private async Task OfferAsync(FlowDefinition flow, DialogFrame frame, StepDefinition step, CancellationToken cancellationToken)
    {
        frame.Offered = step.Kind switch
        {
            StepKind.Choice when step.OptionsFrom is not null =>
                (await flows.FindOptions(flow.Id, step.OptionsFrom)!(new ActionContext(turn, frame), cancellationToken).ConfigureAwait(false))
                    .Select(o => new OfferedOption(o.Value, o.Label, o.Next)).ToList(),
            StepKind.Choice => step.Options.Select(o => new OfferedOption(o.Value, turn.Render(o.Text, frame.Values), o.Next)).ToList(),
            StepKind.Confirm =>
            [
                new OfferedOption("yes", turn.Render("dialog.yes", frame.Values), null),
                new OfferedOption("no", turn.Render("dialog.no", frame.Values), null),
            ],
            _ => [],
        };
    }

    /// <summary>Sends the question with the offered buttons; the engine's own buttons (back, a person) get a row of their own.</summary>
    private void SendQuestion(DialogFrame frame, string text, int columns, bool requestsContact = false)
    {
        var buttons = frame.Offered.Select((o, i) => (Option: o, Button: new Button(turn.Texts.Directional(turn.Language, o.Label), $"{frame.PromptId}:{i}"))).ToList();
        turn.Send(new OutgoingMessage
        {
            Text = text,
            Direction = turn.Direction,
            RequestsContact = requestsContact,
            Buttons = buttons.Where(b => !IsEngineOption(b.Option)).Select(b => b.Button).Chunk(columns)
                .Concat(buttons.Where(b => IsEngineOption(b.Option)).Select(b => b.Button).Chunk(2))
                .Select(row => (IReadOnlyList<Button>)row)
                .ToList(),
        });
    }

    private static string NewPromptId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    /// <summary>The option a button press means, or null for an old, edited or foreign button.</summary>
    private static OfferedOption? FindPressed(DialogFrame frame, string payload)
    {
        var parts = payload.Split(':');
        return parts.Length == 2
            && parts[0] == frame.PromptId
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index < frame.Offered.Count
                ? frame.Offered[index]
                : null;
    }
}
