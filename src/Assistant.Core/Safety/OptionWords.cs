using Assistant.Core.Dialogs;
using Assistant.Core.Localization;

namespace Assistant.Core.Safety;

/// <summary>
/// Typed answers to a choice whose options name words (<c>words: words.yes</c>): "ja", "نعم", "так" or
/// "Ja, ich bin in Gefahr" choose the option like its button. The danger question needs it: a person in
/// danger may not find the button, and must not be told to press one.
/// </summary>
internal static class OptionWords
{
    public static OfferedOption? Match(TextCatalog texts, StepDefinition step, IReadOnlyList<OfferedOption> offered, string typed)
    {
        var said = SafetyText.Words(typed).Select(SafetyText.Normalize).ToList();
        if (said.Count == 0)
        {
            return null;
        }

        foreach (var option in step.Options.Where(o => o.Words is not null))
        {
            // The first word decides ("ja, ich bin in Gefahr"); several-word entries ("meine daten") must match whole.
            var words = texts.WordsInAllLanguages(option.Words!)
                .Select(w => SafetyText.Words(w).Select(SafetyText.Normalize).ToList())
                .Where(w => w.Count > 0 && w.Count <= said.Count);
            if (words.Any(w => w.SequenceEqual(said.Take(w.Count))))
            {
                return offered.FirstOrDefault(o => o.Value == option.Value);
            }
        }

        return null;
    }
}
