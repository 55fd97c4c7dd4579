using Assistant.Core.Conversations;
using Assistant.Offers.Flows;

namespace Assistant.Offers.Tests.Flows;

public sealed class BrowsingTests
{
    [Fact]
    public async Task Arabic_user_browses_a_category_to_an_offer_card_with_register_ask_and_back()
    {
        using var chat = await OfferChat.AtMenuAsync("ar");

        await chat.PressAsync(chat.T("menu.offers"));
        Assert.Equal([chat.T("offers.choose_category")], chat.Texts);
        Assert.Equal(
            chat.Content.Categories.Where(c => chat.Content.InCategory(c.Id).Any()).Select(c => c.Name("ar")).Append(chat.T("offers.back")),
            chat.ButtonLabels);

        await chat.PressAsync("للنساء");
        Assert.Equal([chat.T("offers.choose_offer")], chat.Texts);
        Assert.Equal(chat.Content.InCategory("women").Select(o => o.Text("ar").Title).Append(chat.T("offers.back")), chat.ButtonLabels);

        var offer = chat.Content.Find("women-empowerment-workshops")!;
        await chat.PressAsync(offer.Text("ar").Title);
        var card = Assert.Single(chat.Replies);
        Assert.Equal(OfferCard.Text(offer, "ar", chat.TextCatalog), card.Text);
        Assert.Equal(TextDirection.RightToLeft, card.Direction);
        Assert.Equal([chat.T("offers.register"), chat.T("offers.ask_person"), chat.T("offers.back")], chat.ButtonLabels);

        await chat.PressAsync(chat.T("offers.back"));
        Assert.Equal([chat.T("offers.choose_offer")], chat.Texts);
    }

    [Fact]
    public async Task Offer_without_registration_has_no_register_button()
    {
        using var chat = await OfferChat.AtMenuAsync("de");

        await OpenCardAsync(chat, "Für Frauen", "womens-group");

        Assert.Equal([chat.T("offers.ask_person"), chat.T("offers.back")], chat.ButtonLabels);
    }

    [Fact]
    public async Task Register_on_a_card_starts_the_workshop_registration_for_that_offer()
    {
        using var chat = await OfferChat.AtMenuAsync("en");
        await OpenCardAsync(chat, "For women", "women-empowerment-workshops");

        await chat.PressAsync(chat.T("offers.register"));

        Assert.Equal("workshop-registration", await chat.CurrentFlowAsync());
    }

    [Fact]
    public async Task Ask_a_person_on_a_card_goes_to_the_team()
    {
        using var chat = await OfferChat.AtMenuAsync("uk");
        await OpenCardAsync(chat, "Консультації", "migration-counselling");

        await chat.PressAsync(chat.T("offers.ask_person"));

        // Without an encryption key in the test settings, tickets are off and the handoff flow says so.
        Assert.Equal(chat.T("handoff.unavailable"), chat.Texts[0]);
    }

    [Fact]
    public async Task Back_from_the_categories_goes_home()
    {
        using var chat = await OfferChat.AtMenuAsync("tr");
        await chat.PressAsync(chat.T("menu.offers"));

        await chat.PressAsync(chat.T("offers.back"));

        Assert.Equal([chat.T("menu.prompt")], chat.Texts);
    }

    [Fact]
    public async Task A_question_typed_while_browsing_is_answered()
    {
        using var chat = await OfferChat.AtMenuAsync("de");
        await chat.PressAsync(chat.T("menu.offers"));

        await chat.SendAsync("Wo kann ich Deutsch sprechen üben?");

        Assert.Equal(
            [chat.T("questions.found"), OfferCard.Text(chat.Content.Find("language-cafe")!, "de", chat.TextCatalog)],
            chat.Texts);
    }

    /// <summary>From the menu through the category (its label in the chat's language) to the card of one offer.</summary>
    private static async Task OpenCardAsync(OfferChat chat, string category, string offerId)
    {
        await chat.PressAsync(chat.T("menu.offers"));
        await chat.PressAsync(category);
        await chat.PressAsync(chat.Content.Find(offerId)!.Text(chat.Language).Title);
    }
}
