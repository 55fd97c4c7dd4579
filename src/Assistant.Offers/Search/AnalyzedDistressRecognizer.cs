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
    private readonly Dictionary<string, Scripts> _stemScripts;

    public AnalyzedDistressRecognizer(DistressExpressions expressions)
    {
        _plain = new PlainDistressRecognizer(expressions);
        _expressions = expressions.ByLanguage.ToDictionary(
            l => l.Key,
            l => l.Value.Select(e =>
            {
                var words = SafetyText.Words(e);
                return (e, Read(l.Key, words, Plain(words)));
            }).ToList());
        _stemScripts = _expressions.ToDictionary(
            l => l.Key,
            l => l.Value.SelectMany(e => e.Words).Aggregate(Scripts.None, (all, w) => all | ScriptsOf(w.Stem ?? "")));
    }

    /// <summary>Kinds of letters, to tell that a word cannot have the stem of any expression of a language.</summary>
    [Flags]
    private enum Scripts
    {
        None = 0,
        Latin = 1,
        Cyrillic = 2,
        Arabic = 4,
        Digits = 8,
        Other = 16,
    }

    public DistressMatch? Recognize(string text, string userLanguage)
    {
        // Split and evened out once; only the stems differ between languages.
        var words = SafetyText.Words(text.Replace('*', ' '));
        var plain = Plain(words);
        if (_plain.Recognize(plain, userLanguage) is { } found)
        {
            return found;
        }

        foreach (var language in PlainDistressRecognizer.LanguagesFrom(userLanguage, _expressions.Keys))
        {
            var said = Read(language, words, plain);
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

    private List<SafetyWord> Read(string language, IReadOnlyList<string> words, List<SafetyWord> plain)
    {
        var read = new List<SafetyWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            // Stemmed from the word as typed (the Turkish stemmer needs its letters), compared in normal form.
            // Stemmers keep a word's script, so a word with none of the letters of a language's stems cannot
            // meet one of them: an Arabic word is not read by the German stemmer, which would cost time for nothing.
            var word = words[i];
            var stem = word.EndsWith('*') || !CouldHaveStemOf(language, word) ? null : _analyzers.Terms(language, word).FirstOrDefault();
            read.Add(plain[i] with { Stem = stem is null ? null : SafetyText.Normalize(stem) });
        }

        return read;
    }

    private static List<SafetyWord> Plain(IReadOnlyList<string> words) => words.Select(w => new SafetyWord(SafetyText.Normalize(w))).ToList();

    private bool CouldHaveStemOf(string language, string word)
    {
        // While the expressions themselves are read, every word is stemmed.
        if (_stemScripts is null || !_stemScripts.TryGetValue(language, out var wanted))
        {
            return true;
        }

        var mine = ScriptsOf(word);
        return (mine & wanted) != 0 || ((mine | wanted) & Scripts.Other) != 0;
    }

    private static Scripts ScriptsOf(string word)
    {
        var scripts = Scripts.None;
        foreach (var c in word)
        {
            scripts |= c switch
            {
                >= '0' and <= '9' => Scripts.Digits,
                < '\u0250' when char.IsLetter(c) => Scripts.Latin,
                >= '\u0400' and <= '\u052F' => Scripts.Cyrillic,
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Scripts.Arabic,
                < '\u0250' => Scripts.None,
                _ => Scripts.Other,
            };
        }

        return scripts;
    }
}
