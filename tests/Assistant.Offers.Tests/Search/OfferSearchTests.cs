using Assistant.Offers.Content;
using Assistant.Offers.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Assistant.Offers.Tests.Search;

public sealed class OfferSearchTests : IClassFixture<RealContent>
{
    private readonly RealContent _real;

    public OfferSearchTests(RealContent real) => _real = real;

    [Theory]
    [InlineData("de", "Wo kann ich meinen Abschluss anerkennen lassen?", "document-recognition")]
    [InlineData("en", "is there a women's group?", "womens-group")]
    [InlineData("ar", "أريد أن أصبح متطوعة", "volunteering")]
    [InlineData("tr", "mahalle anneleri ile tanışmak istiyorum", "neighbourhood-mothers")]
    [InlineData("uk", "консультація з перекладачем щодо Jobcenter", "migration-counselling")]
    [InlineData("ru", "хочу подписаться на рассылку", "newsletter")]
    [InlineData("fa", "رقص محلی کجاست؟", "folklore-dance")]
    public void A_question_in_each_language_finds_its_offer(string language, string question, string expected)
    {
        var result = _real.Search.Search(question, language);

        Assert.True(result.IsGoodMatch);
        Assert.Equal(expected, result.Best!.Offer.Id);
        Assert.Equal(language, result.Language);
    }

    [Fact]
    public void A_german_search_word_links_a_turkish_question_to_its_offer()
    {
        // "Hausaufgabenhilfe" is only among the German search words; the Turkish ones say "ödev yardımı".
        var volunteering = _real.Catalog.Content.Find("volunteering")!;
        Assert.DoesNotContain(volunteering.Text("tr").SearchWords, w => w.Contains("Hausaufgaben", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Hausaufgabenhilfe", volunteering.Text("de").SearchWords);

        var result = _real.Search.Search("Hausaufgabenhilfe yapmak istiyorum", "tr");

        Assert.Equal("volunteering", result.Best?.Offer.Id);
    }

    [Fact]
    public void An_arabic_question_with_a_german_word_finds_the_offer()
    {
        Assert.Equal("city-exploration", _real.Search.Search("بدي زور Familienbüro", "ar").Best?.Offer.Id);
    }

    [Theory]
    [InlineData("en", "what's the weather on Mars")]
    [InlineData("de", "Welcher Fußballverein hat gestern gewonnen?")]
    [InlineData("ar", "كيف أطبخ الأرز؟")]
    [InlineData("ru", "какой сегодня курс доллара")]
    [InlineData("en", "hello")]
    [InlineData("de", "???")]
    [InlineData("fa", "")]
    public void Unrelated_questions_get_an_honest_no_good_match(string language, string question)
    {
        var result = _real.Search.Search(question, language);

        Assert.False(result.IsGoodMatch);
        Assert.Null(result.Best);
        Assert.Empty(result.Suggestions);
    }

    [Theory]
    [InlineData("de", "Anerkenung Zeugniss", "document-recognition")]
    [InlineData("de", "Stadteilmüter", "neighbourhood-mothers")]
    [InlineData("en", "newsleter", "newsletter")]
    [InlineData("en", "discrimnation", "anti-discrimination-counselling")]
    [InlineData("tr", "gonullu olmak", "volunteering")]
    [InlineData("ru", "дискриминацыя", "anti-discrimination-counselling")]
    public void Typos_are_tolerated(string language, string question, string expected)
    {
        Assert.Equal(expected, _real.Search.Search(question, language).Best?.Offer.Id);
    }

    [Fact]
    public void Best_comes_with_at_most_two_further_suggestions_best_first()
    {
        var result = _real.Search.Search("Workshop für Frauen, Verein, Ehrenamt", "de");

        Assert.True(result.IsGoodMatch);
        Assert.InRange(result.Suggestions.Count, 0, 2);
        Assert.Equal(result.Matches.Skip(1), result.Suggestions);
        Assert.Equal(result.Matches.Select(m => m.Score).OrderDescending(), result.Matches.Select(m => m.Score));
        Assert.Equal(result.Matches.Count, result.Matches.Select(m => m.Offer.Id).Distinct().Count());
    }

    [Fact]
    public void Unsupported_language_is_a_caller_error()
    {
        Assert.Throws<ArgumentException>(() => _real.Search.Search("Hilfe", "xx"));
    }

    [Fact]
    public void The_question_is_never_logged()
    {
        var logger = new FakeLogger<OfferSearch>(new FakeLogCollector(Microsoft.Extensions.Options.Options.Create(new FakeLogCollectorOptions())));
        var search = new OfferSearch(_real.Catalog, logger);
        const string question = "Mein Name ist Amina Hassan, Beratung Aufenthalt";

        search.Search(question, "de");

        Assert.NotEmpty(logger.Collector.GetSnapshot());
        Assert.All(logger.Collector.GetSnapshot(), r => Assert.DoesNotContain("Amina", r.Message, StringComparison.Ordinal));
        Assert.All(logger.Collector.GetSnapshot(), r => Assert.True(r.Level < LogLevel.Information));
    }
}

/// <summary>One catalog of the real content for all search tests; searching does not change it.</summary>
public sealed class RealContent : IDisposable
{
    public RealContent()
    {
        Catalog = TestContent.Catalog();
        Search = TestContent.Search(Catalog);
    }

    public OfferCatalog Catalog { get; }

    public OfferSearch Search { get; }

    public void Dispose() => Catalog.Dispose();
}
