namespace Assistant.Core.Dialogs;

/// <summary>
/// Which offered button a typed answer means. Labels compare as <see cref="TypedText"/> reads them, first in
/// the person's language, then in all seven: someone who reads Arabic may still type the German label a
/// friend told them. A confirm also takes the yes and no words of every language. An answer that fits two
/// different buttons fits none: guessing could pick the wrong one.
/// </summary>
internal static class TypedAnswers
{
    /// <summary>Values of the buttons the engine adds itself; typing their value never presses them.</summary>
    public const string EnginePrefix = "__";

    public static OfferedOption? Match(TurnContext turn, DialogFrame frame, StepDefinition step, string? text)
    {
        var typed = TypedText.Normalize(text);
        if (typed.Length == 0 || step.WordsAreAnswers)
        {
            // Where every word is a message (to a counsellor), only a tap presses a button: "Menu" is a message.
            return null;
        }

        var own = Single(frame.Offered.Where(o => Normalized(o.Label) == typed
            || (!o.Value.StartsWith(EnginePrefix, StringComparison.Ordinal) && Normalized(o.Value) == typed)));
        if (own is not null)
        {
            return own;
        }

        var candidates = new List<OfferedOption>();
        if (step.Kind == StepKind.Choice && step.OptionsFrom is null)
        {
            // Static options are offered in the order written, so option i is offered as frame.Offered[i].
            for (var i = 0; i < step.Options.Count && i < frame.Offered.Count; i++)
            {
                var key = step.Options[i].Text;
                if (turn.Texts.LanguageCodes.Any(l => Normalized(turn.Render(l, key, frame.Values)) == typed))
                {
                    candidates.Add(frame.Offered[i]);
                }
            }
        }
        else if (step.Kind == StepKind.Confirm && frame.Offered.Count == 2)
        {
            if (Says(turn, "dialog.yes", typed) || Says(turn, "words.yes", typed))
            {
                candidates.Add(frame.Offered[0]);
            }

            if (Says(turn, "dialog.no", typed) || Says(turn, "words.no", typed))
            {
                candidates.Add(frame.Offered[1]);
            }
        }

        // Options that name words (the danger question's "ja", "نعم", "так"), also as the first word of a sentence.
        return Single(candidates)
            ?? (step.Kind == StepKind.Choice && text is not null ? Safety.OptionWords.Match(turn.Texts, step, frame.Offered, InputValidator.StripInvisible(text).Trim()) : null);
    }

    private static bool Says(TurnContext turn, string key, string typed) =>
        key.StartsWith("words.", StringComparison.Ordinal)
            ? turn.Texts.WordsInAllLanguages(key).Any(w => Normalized(w) == typed)
            : turn.Texts.LanguageCodes.Any(l => Normalized(turn.Texts.Get(l, key, new Dictionary<string, string>())) == typed);

    private static OfferedOption? Single(IEnumerable<OfferedOption> matches)
    {
        var distinct = matches.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static string Normalized(string text) => TypedText.Normalize(text);
}
