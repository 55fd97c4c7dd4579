using Assistant.Core.Localization;
using Assistant.Offers.Flows;
using Assistant.Offers.Tests.Search;

namespace Assistant.Offers.Tests.Flows;

public sealed class OfferCardTests(RealContent real) : IClassFixture<RealContent>
{
    private static readonly TextCatalog Texts = TextCatalog.LoadFolder(Path.Combine(TestContent.RepoRoot, "localization"));

    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Every_card_fits_a_phone_screen(string language)
    {
        foreach (var offer in real.Catalog.Content.Offers)
        {
            var card = OfferCard.Text(offer, language, Texts);

            // About one screen of a small phone in Telegram: short lines, no scrolling past the buttons.
            Assert.True(card.Length <= 700, $"{offer.Id} [{language}]: {card.Length} characters");
            Assert.True(card.Split('\n').Length <= 8, $"{offer.Id} [{language}]: too many lines");
        }
    }

    [Fact]
    public void Card_holds_the_offers_own_facts_behind_localized_labels()
    {
        var offer = real.Catalog.Content.Find("city-pass")!;
        var t = offer.Text("en");

        var card = OfferCard.Text(offer, "en", Texts);

        Assert.StartsWith(Texts.Get("en", "offers.card_title", new Dictionary<string, string> { ["title"] = t.Title }), card, StringComparison.Ordinal);
        Assert.Contains(Texts.Get("en", "offers.card_when", new Dictionary<string, string> { ["value"] = t.WhenWhere }), card, StringComparison.Ordinal);
        Assert.Contains(Texts.Get("en", "offers.card_cost", new Dictionary<string, string> { ["value"] = t.Cost }), card, StringComparison.Ordinal);
        Assert.Contains(Texts.Get("en", "offers.card_contact", new Dictionary<string, string> { ["value"] = t.Contact }), card, StringComparison.Ordinal);
        Assert.Contains(Texts.Get("en", "offers.card_languages", new Dictionary<string, string> { ["value"] = t.Languages }), card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Short. Second sentence. Third.", "Short. Second sentence. Third.")]
    [InlineData("Zum Beispiel z.B. 9.00 Uhr. Danach mehr.", "Zum Beispiel z.B. 9.00 Uhr. Danach mehr.")]
    public void Short_descriptions_stay_whole(string description, string expected)
    {
        Assert.Equal(expected, OfferCard.ShortDescription(description));
    }

    [Fact]
    public void Long_descriptions_keep_whole_sentences_up_to_two_lines()
    {
        var first = new string('a', 100) + ".";
        var second = " " + new string('b', 100) + ".";

        Assert.Equal(first, OfferCard.ShortDescription(first + second));
    }

    [Fact]
    public void A_very_long_first_sentence_is_cut_at_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 80)) + ".";

        var shortened = OfferCard.ShortDescription(text);

        Assert.EndsWith("word …", shortened, StringComparison.Ordinal);
        Assert.True(shortened.Length <= 165);
    }
}
