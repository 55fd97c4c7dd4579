using Assistant.Core.Safety;

namespace Assistant.Offers.Search;

/// <summary>
/// Distress recognition with the offers search's analyzers: each word is also compared by its stem in the
/// expression's language, so "schlägt", "schlagen" and "geschlagen" or "угрожают" and "угрожает" meet one
/// expression. Whatever the plain recognizer finds is found here too; stems only add.
/// </summary>
internal sealed class AnalyzedDistressRecognizer : IDistressRecognizer, IDisposable
{
    private readonly LanguageAnalyzers _analyzers = LanguageAnalyzers.WithoutStopWords();
    private readonly PlainDistressRecognizer _plain;
    private readonly Dictionary<string, List<(string Text, List<SafetyWord> Words)>> _expressions;

    public AnalyzedDistressRecognizer(DistressExpressions expressions)
    {
        _plain = new PlainDistressRecognizer(expressions);
        _expressions = expressions.ByLanguage.ToDictionary(
            l => l.Key,
            l => l.Value.Select(e => (e, Read(l.Key, SafetyText.Words(e)))).ToList());
    }

    public DistressMatch? Recognize(string text, string userLanguage)
    {
        if (_plain.Recognize(text, userLanguage) is { } plain)
        {
            return plain;
        }

        var words = SafetyText.Words(text.Replace('*', ' '));
        foreach (var language in PlainDistressRecognizer.LanguagesFrom(userLanguage, _expressions.Keys))
        {
            var said = Read(language, words);
            foreach (var (expression, wanted) in _expressions[language])
            {
                if (PhraseMatcher.Contains(said, wanted))
                {
                    return new DistressMatch(language, expression);
                }
            }
        }

        return null;
    }

    public void Dispose() => _analyzers.Dispose();

    private List<SafetyWord> Read(string language, IReadOnlyList<string> words) =>
        words.Select(w =>
        {
            // Stemmed from the word as typed (the Turkish stemmer needs its letters), compared in normal form.
            var stem = w.EndsWith('*') ? null : _analyzers.Terms(language, w).FirstOrDefault();
            return new SafetyWord(SafetyText.Normalize(w), stem is null ? null : SafetyText.Normalize(stem));
        }).ToList();
}
