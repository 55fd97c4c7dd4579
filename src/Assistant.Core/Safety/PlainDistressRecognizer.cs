namespace Assistant.Core.Safety;

/// <summary>
/// Recognises the expressions by their normal form, prefixes (<c>*</c>) and typos, without stemming. The host
/// uses the offers search's analyzers on top (<c>AnalyzedDistressRecognizer</c>); this one serves setups
/// without the offers, and is what that one falls back on.
/// </summary>
public sealed class PlainDistressRecognizer : IDistressRecognizer
{
    private readonly Dictionary<string, List<(string Text, IReadOnlyList<SafetyWord> Words)>> _expressions;

    public PlainDistressRecognizer(DistressExpressions expressions) =>
        _expressions = expressions.ByLanguage.ToDictionary(
            l => l.Key,
            l => l.Value.Select(e => (e, (IReadOnlyList<SafetyWord>)Read(e))).ToList());

    public DistressMatch? Recognize(string text, string userLanguage) => Recognize(Read(text.Replace('*', ' ')), userLanguage);

    /// <summary>For a message already split into words in their normal form: a recognizer with stems on top reads it once.</summary>
    public DistressMatch? Recognize(IReadOnlyList<SafetyWord> words, string userLanguage)
    {
        foreach (var language in LanguagesFrom(userLanguage, _expressions.Keys))
        {
            foreach (var (expression, wanted) in _expressions[language])
            {
                if (PhraseMatcher.Contains(words, wanted))
                {
                    return new DistressMatch(language, expression);
                }
            }
        }

        return null;
    }

    /// <summary>The user's language first: "так" or "да" is Ukrainian for one user and Russian for another.</summary>
    public static IEnumerable<string> LanguagesFrom(string first, IEnumerable<string> all) =>
        all.Contains(first) ? all.Where(l => l != first).Prepend(first) : all;

    private static List<SafetyWord> Read(string text) =>
        SafetyText.Words(text).Select(w => new SafetyWord(SafetyText.Normalize(w))).ToList();
}
