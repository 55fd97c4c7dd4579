using Assistant.Core.Localization;
using Assistant.Offers.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Assistant.Offers.Search;

/// <summary>
/// An in-memory Lucene index of one content load. Built once per load and never changed, so one
/// <see cref="IndexSearcher"/> serves all threads; a reload builds a new index and swaps it whole.
/// </summary>
internal sealed class OfferIndex
{
    private static readonly FieldType Indexed = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    // Word pairs are analysed already; the index only splits them at spaces.
    private static readonly Analyzer PairsAnalyzer = new WhitespaceAnalyzer(LanguageAnalyzers.Version);

    private readonly IndexSearcher _searcher;
    private readonly Offer[] _offerByDoc;
    private readonly QuestionQueryBuilder _queries;

    private OfferIndex(IndexSearcher searcher, Offer[] offerByDoc, QuestionQueryBuilder queries)
    {
        _searcher = searcher;
        _offerByDoc = offerByDoc;
        _queries = queries;
    }

    public static OfferIndex Build(OfferContent content, LanguageAnalyzers analyzers)
    {
        var perField = Languages.Supported
            .SelectMany(l => QuestionQueryBuilder.Fields(l).Select(field => (field, l)))
            .ToDictionary(
                f => f.field,
                f => f.field == QuestionQueryBuilder.PairsField(f.l) ? PairsAnalyzer : analyzers.For(f.l));
        var directory = new RAMDirectory();
        using (var analyzer = new PerFieldAnalyzerWrapper(analyzers.For(Languages.Reference), perField))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, analyzer)))
        {
            foreach (var offer in content.Offers)
            {
                writer.AddDocument(ToDocument(offer, analyzers));
            }

            writer.Commit();
        }

        // The directory lives as long as the reader: both are plain managed memory, and an old index is
        // left to the garbage collector rather than closed, because a search may still be running on it.
        var reader = DirectoryReader.Open(directory);
        var byId = content.Offers.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var offerByDoc = new Offer[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            offerByDoc[doc] = byId[reader.Document(doc).Get("id")];
        }

        var searcher = new IndexSearcher(reader) { Similarity = new FlatSimilarity() };
        var terms = TermDictionary.Read(reader, perField.Keys);
        return new OfferIndex(searcher, offerByDoc, new QuestionQueryBuilder(analyzers, terms));
    }

    /// <summary>All offers that match any word of the question, best first, at most <paramref name="count"/>.</summary>
    public IReadOnlyList<OfferMatch> Rank(string question, string language, int count)
    {
        if (_queries.Build(question, language) is not { } query)
        {
            return [];
        }

        // Words that match nothing still count: in "best pizza in town" one matching word out of three
        // is a chance hit, in "newsletter" one out of one is the answer. The square root keeps long,
        // chatty questions that match several words answerable.
        var norm = 1f / MathF.Sqrt(query.Words);

        // In-order collection makes Lucene use BooleanScorer2; the default out-of-order BooleanScorer
        // allocates a table of 2048 buckets per search, most of the garbage a question would make.
        var collector = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
        _searcher.Search(query.Query, collector);
        return collector.GetTopDocs().ScoreDocs
            .Select(hit => new OfferMatch(_offerByDoc[hit.Doc], hit.Score * norm))
            .ToList();
    }

    private static Document ToDocument(Offer offer, LanguageAnalyzers analyzers)
    {
        var document = new Document { new StringField("id", offer.Id, Field.Store.YES) };
        foreach (var (language, text) in offer.Texts)
        {
            // A search word on its own ("Sozialpass") is what staff mean people to type; the single words of a
            // phrase ("Almanca öğrenmek") and of the title are weaker hints, or "öğrenmek" alone would pick the café.
            var single = text.SearchWords.Where(w => !w.Any(char.IsWhiteSpace));
            var phrases = text.SearchWords.Where(w => w.Any(char.IsWhiteSpace)).Prepend(text.Title);
            document.Add(new Field(QuestionQueryBuilder.KeywordsField(language), string.Join("\n", single), Indexed));
            document.Add(new Field(QuestionQueryBuilder.PhrasesField(language), string.Join("\n", phrases), Indexed));
            document.Add(new Field(QuestionQueryBuilder.TextField(language), $"{text.Description}\n{text.ForWhom}\n{text.Languages}", Indexed));
            var pairs = phrases
                .Select(phrase => analyzers.Terms(language, phrase))
                .SelectMany(terms => terms.Zip(terms.Skip(1), QuestionQueryBuilder.Pair));
            document.Add(new Field(QuestionQueryBuilder.PairsField(language), string.Join(" ", pairs), Indexed));
        }

        return document;
    }
}
