using Assistant.Core.Localization;
using Assistant.Offers.Content;

namespace Assistant.Offers.Tests.Content;

public sealed class ContentLoadingTests
{
    private static readonly string[] RequiredIds =
    [
        "women-empowerment-workshops", "club-guide-training", "intercultural-meeting-point", "migration-counselling",
        "document-recognition", "city-exploration", "neighbourhood-mothers", "city-pass",
        "anti-discrimination-counselling", "womens-group", "folklore-dance", "language-cafe", "volunteering",
        "volunteer-training", "round-table-refugees", "newsletter", "muslim-alevi-social-work-dialogue",
    ];

    private readonly OfferContent _content = OfferContentLoader.LoadFolder(TestContent.Folder, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Real_content_has_every_sample_offer()
    {
        Assert.Equal(RequiredIds.Order(StringComparer.Ordinal), _content.Offers.Select(o => o.Id));
    }

    [Fact]
    public void Every_offer_has_every_field_in_all_seven_languages()
    {
        foreach (var offer in _content.Offers)
        {
            Assert.Equal(Languages.Supported.Order(), offer.Texts.Keys.Order());
            Assert.All(offer.Texts.Values, t =>
            {
                Assert.All(new[] { t.Title, t.Description, t.ForWhom, t.WhenWhere, t.Cost, t.Contact, t.Languages }, f => Assert.False(string.IsNullOrWhiteSpace(f)));
                Assert.NotEmpty(t.SearchWords);
            });
        }
    }

    [Theory]
    [InlineData("women-empowerment-workshops")]
    [InlineData("club-guide-training")]
    [InlineData("city-exploration")]
    [InlineData("volunteer-training")]
    public void Offers_with_registration_say_so(string id)
    {
        Assert.True(_content.Find(id)!.Registration);
    }

    [Fact]
    public void Counselling_needs_no_registration()
    {
        Assert.False(_content.Find("migration-counselling")!.Registration);
    }

    [Fact]
    public void Categories_have_names_in_all_languages_and_every_offer_uses_one()
    {
        Assert.Equal(["women", "counselling", "meeting", "volunteering", "community"], _content.Categories.Select(c => c.Id));
        Assert.All(_content.Categories, c => Assert.Equal(Languages.Supported.Count, c.Names.Count));
        Assert.All(_content.Offers, o => Assert.Contains(_content.Categories, c => c.Id == o.Category));
        Assert.All(_content.Categories, c => Assert.NotEmpty(_content.InCategory(c.Id)));
        Assert.Equal("للنساء", _content.Categories[0].Name("ar"));
    }

    [Fact]
    public void Texts_come_in_the_chosen_language()
    {
        var offer = _content.Find("city-pass")!;

        Assert.Equal("Lindenhain-Pass (Sozialpass)", offer.Text("de").Title);
        Assert.Contains("بطاقة", offer.Text("ar").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_content_file_is_marked_as_sample_content()
    {
        var files = Directory.GetFiles(TestContent.Folder, "*.yaml", SearchOption.AllDirectories);

        Assert.All(files, f => Assert.StartsWith("# SAMPLE CONTENT", File.ReadAllText(f), StringComparison.Ordinal));
    }
}
