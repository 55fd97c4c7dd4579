using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Assistant.Offers.Search;

/// <summary>
/// One analyzer per language, used both to index the offers and to read questions, so both sides
/// stem and drop stop words the same way. Analyzers are thread-safe and do not depend on the content,
/// so one set lives for the whole process.
/// </summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Dictionary<string, Analyzer> _byLanguage;

    public LanguageAnalyzers()
        : this(withStopWords: true)
    {
    }

    private LanguageAnalyzers(bool withStopWords)
    {
        CharArraySet StopSet(CharArraySet defaults, string language, bool foldTurkish = false) =>
            withStopWords ? LanguageAnalyzers.StopSet(defaults, language, foldTurkish) : CharArraySet.Empty;

        _byLanguage = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            ["de"] = new GermanAnalyzer(Version, StopSet(GermanAnalyzer.DefaultStopSet, "de")),
            ["en"] = new EnglishAnalyzer(Version, StopSet(EnglishAnalyzer.DefaultStopSet, "en")),
            ["ar"] = new ArabicAnalyzer(Version, StopSet(ArabicAnalyzer.DefaultStopSet, "ar")),
            ["tr"] = new TurkishFoldingAnalyzer(StopSet(TurkishAnalyzer.DefaultStopSet, "tr", foldTurkish: true)),
            // No Ukrainian analyzer ships with Lucene.Net.Analysis.Common: the Russian Snowball stemmer
            // handles most Ukrainian endings, with Ukrainian stop words.
            ["uk"] = new CyrillicAnalyzer(StopSet(CharArraySet.Empty, "uk")),
            ["ru"] = new CyrillicAnalyzer(StopSet(RussianAnalyzer.DefaultStopSet, "ru")),
            ["fa"] = new PersianStemmingAnalyzer(StopSet(PersianAnalyzer.DefaultStopSet, "fa")),
        };
    }

    /// <summary>
    /// Stemming only: distress recognition needs every word ("mich", "me", "не"), where the search drops them.
    /// </summary>
    public static LanguageAnalyzers WithoutStopWords() => new(withStopWords: false);

    public Analyzer For(string language) => _byLanguage[language];

    /// <summary>The terms <paramref name="text"/> becomes in <paramref name="language"/>.</summary>
    public List<string> Terms(string language, string text)
    {
        // Called for every word of every message, in several languages: the Cyrillic letters are evened out
        // here rather than by a character filter, which Lucene would build anew for each word.
        var analyzer = For(language);
        if (analyzer is CyrillicAnalyzer cyrillic)
        {
            analyzer = cyrillic.WithoutCharFilter;
            text = CyrillicAnalyzer.Map(text);
        }

        var terms = new List<string>(2);
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        foreach (var analyzer in _byLanguage.Values)
        {
            analyzer.Dispose();
        }
    }

    private static CharArraySet StopSet(CharArraySet defaults, string language, bool foldTurkish = false)
    {
        var set = new CharArraySet(Version, defaults.Count + 64, ignoreCase: true);
        foreach (var word in defaults.Concat(QuestionStopWords.For(language)))
        {
            set.Add(word);
            if (foldTurkish)
            {
                // People often type Turkish without ı, ş, ğ, ç, ö, ü; the folded form must be a stop word too.
                set.Add(TurkishFoldingAnalyzer.Fold(word));
            }
        }

        return set.AsReadOnly();
    }

    /// <summary>
    /// Turkish stemming, then folding to ASCII: the stemmer needs the real letters (vowel harmony),
    /// and folding afterwards lets "kadin" meet "kadın".
    /// </summary>
    private sealed class TurkishFoldingAnalyzer(CharArraySet stopWords) : Analyzer
    {
        public static string Fold(string word) =>
            word.Replace('ı', 'i').Replace('ş', 's').Replace('ğ', 'g').Replace('ç', 'c').Replace('ö', 'o').Replace('ü', 'u').Replace('â', 'a');

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new ApostropheFilter(source);
            result = new TurkishLowerCaseFilter(result);
            result = new StopFilter(Version, result, stopWords);
            result = new SnowballFilter(result, new TurkishStemmer());
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }

    /// <summary>Russian Snowball stemming; ё is written as е and apostrophes are often left out, so both are removed.</summary>
    private sealed class CyrillicAnalyzer : Analyzer
    {
        private static readonly (string From, string To)[] Mapping =
            [("ё", "е"), ("Ё", "Е"), ("'", ""), ("ʼ", ""), ("’", ""), ("`", "")];

        private static readonly NormalizeCharMap CharMap = BuildMap();
        private readonly CharArraySet _stopWords;
        private readonly bool _mapsCharacters;

        public CyrillicAnalyzer(CharArraySet stopWords)
            : this(stopWords, mapsCharacters: true)
        {
        }

        private CyrillicAnalyzer(CharArraySet stopWords, bool mapsCharacters)
        {
            _stopWords = stopWords;
            _mapsCharacters = mapsCharacters;
            WithoutCharFilter = mapsCharacters ? new CyrillicAnalyzer(stopWords, mapsCharacters: false) : this;
        }

        /// <summary>The same analysis for text that went through <see cref="Map"/> already.</summary>
        public Analyzer WithoutCharFilter { get; }

        /// <summary>What the character filter does, done on a string: the same letters come out.</summary>
        public static string Map(string text)
        {
            foreach (var (from, to) in Mapping)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            return text;
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            _mapsCharacters ? new MappingCharFilter(CharMap, reader) : reader;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);
            result = new StopFilter(Version, result, _stopWords);
            result = new SnowballFilter(result, new RussianStemmer());
            return new TokenStreamComponents(source, result);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !ReferenceEquals(WithoutCharFilter, this))
            {
                WithoutCharFilter.Dispose();
            }

            base.Dispose(disposing);
        }

        private static NormalizeCharMap BuildMap()
        {
            var builder = new NormalizeCharMap.Builder();
            foreach (var (from, to) in Mapping)
            {
                builder.Add(from, to);
            }

            return builder.Build();
        }
    }

    /// <summary>Lucene's Persian analyzer plus its suffix stemmer, so "کارگاه‌ها" and "کارگاهها" meet "کارگاه".</summary>
    private sealed class PersianStemmingAnalyzer(CharArraySet stopWords) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new PersianCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);
            result = new ArabicNormalizationFilter(result);
            result = new PersianNormalizationFilter(result);
            result = new StopFilter(Version, result, stopWords);
            result = new PersianStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
