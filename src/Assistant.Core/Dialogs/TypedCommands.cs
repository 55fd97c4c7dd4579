using Assistant.Core.Localization;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Decides whether a message is a command (<c>/help</c>, a command button, or a command's word typed in any
/// language) or an answer to the question that waits. A person who types "Löschen" at a report's summary
/// means that report, not "erase all my data"; so words typed while a question waits are answers first:
/// <list type="number">
/// <item>A command written with "/" or sent by a command button is always the command.</item>
/// <item>With no question waiting, or at the home menu (nothing in progress), a command's word is the command.</item>
/// <item>At a step marked <c>words_are_answers</c> (messages to a counsellor) every word is an answer.</item>
/// <item>A word that matches one of the question's buttons is that answer.</item>
/// <item>A question with buttons only (a choice without <c>otherwise</c>, a confirm, a paused flow) cannot
///   take the word, so it is the command.</item>
/// <item>An input step whose validation rejects the word (a date, a phone number) cannot take it either.</item>
/// <item>A free-text question (text input, a choice with <c>otherwise</c>) could take anything. A single word
///   that is also a command is meant as the command ("Hilfe", "Sprache", "Menü"), except destructive
///   commands (<c>/delete</c>, <c>/cancel</c>): the word is kept as the answer, since taking it wrongly
///   would throw work away; the person can always write the command with "/".</item>
/// </list>
/// Destructive commands never act at once either way: erasing and leaving a flow with answers ask by button.
/// </summary>
internal sealed class TypedCommands(FlowRegistry flows)
{
    // Longer messages are sentences, not command words.
    private const int MaxWordLength = 40;

    // Replaced whole when the texts differ, so threads never see it half built.
    private CommandWordsOf? _commandWords;

    public (Interruption Command, string? Argument)? Find(TurnContext turn, ConversationState state)
    {
        var message = turn.Message;
        var raw = message.ButtonPayload is { } payload && payload.StartsWith('/') ? payload : message.Text?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (raw.StartsWith('/'))
        {
            return Parse(raw[1..]);
        }

        if (message.ButtonPayload is not null || raw.Length > MaxWordLength)
        {
            return null;
        }

        var typed = TypedText.Normalize(raw);
        if (typed.Length == 0)
        {
            return null;
        }

        var match = CommandWords(turn.Texts).GetValueOrDefault(typed);
        return match is null || IsAnswer(turn, match, raw, state) ? null : (match, null);
    }

    /// <summary>A command line without its "/" (<c>menu@bot</c>, <c>start flyer-7</c>): the command and what followed it.</summary>
    public (Interruption Command, string? Argument)? Parse(string commandLine)
    {
        var parts = commandLine.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var name = parts.Length > 0 ? parts[0].Split('@')[0] : "";
        var command = flows.Settings.Interruptions.FirstOrDefault(i => string.Equals(i.Command, name, StringComparison.OrdinalIgnoreCase));
        return command is null ? null : (command, parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>
    /// Every command's words in all languages in their typed form, read once per set of texts rather than in
    /// every turn; where two commands share a word, the one listed first keeps it.
    /// </summary>
    private Dictionary<string, Interruption> CommandWords(TextCatalog texts)
    {
        if (_commandWords is { } known && ReferenceEquals(known.Texts, texts))
        {
            return known.Words;
        }

        var words = new Dictionary<string, Interruption>(StringComparer.Ordinal);
        foreach (var command in flows.Settings.Interruptions)
        {
            foreach (var word in texts.WordsInAllLanguages(command.WordsKey))
            {
                words.TryAdd(TypedText.Normalize(word), command);
            }
        }

        _commandWords = new CommandWordsOf(texts, words);
        return words;
    }

    private bool IsAnswer(TurnContext turn, Interruption command, string typed, ConversationState state)
    {
        if (state.Top is not { Waiting: true } frame || frame.FlowId == flows.Settings.HomeFlow || frame.Aside is not null)
        {
            return false;
        }

        if (flows.Find(frame.FlowId)?.Find(frame.StepId) is not { } step)
        {
            return false;
        }

        if (step.WordsAreAnswers || (!step.ButtonsOnly && TypedAnswers.Match(turn, frame, step, typed) is not null))
        {
            return true;
        }

        return step.Kind switch
        {
            StepKind.Choice when step.Otherwise is not null => command.Destructive,
            StepKind.Input => command.Destructive && InputValidator.Check(step.Validate!, typed, turn.Today).IsValid,
            _ => false,
        };
    }
}

/// <param name="Words">A command's word in typed form, and the command.</param>
internal sealed record CommandWordsOf(TextCatalog Texts, Dictionary<string, Interruption> Words);
