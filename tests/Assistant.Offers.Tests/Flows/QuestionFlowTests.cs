using Assistant.Offers.Flows;

namespace Assistant.Offers.Tests.Flows;

public sealed class QuestionFlowTests
{
    [Fact]
    public async Task Russian_question_shows_the_best_card_and_two_more_offers_as_buttons()
    {
        using var chat = await OfferChat.AtMenuAsync("ru");

        await chat.SendAsync("Курсы для женщин и встречи женщин");

        var best = chat.Content.Find("women-empowerment-workshops")!;
        Assert.Equal([chat.T("questions.found"), Card(chat, "women-empowerment-workshops")], chat.Texts);
        Assert.Equal(
            [
                chat.T("offers.register"),
                chat.T("offers.ask_person"),
                Related(chat, "womens-group"),
                Related(chat, "intercultural-meeting-point"),
                chat.T("offers.back"),
            ],
            chat.ButtonLabels);
        Assert.True(best.Registration);
    }

    [Fact]
    public async Task Pressing_a_suggestion_shows_its_card_with_the_other_offers()
    {
        using var chat = await OfferChat.AtMenuAsync("ru");
        await chat.SendAsync("Курсы для женщин и встречи женщин");

        await chat.PressAsync(Related(chat, "womens-group"));

        Assert.Equal([Card(chat, "womens-group")], chat.Texts);
        Assert.Equal(
            [chat.T("offers.ask_person"), Related(chat, "women-empowerment-workshops"), Related(chat, "intercultural-meeting-point"), chat.T("offers.back")],
            chat.ButtonLabels);
    }

    [Theory]
    [InlineData("en", "What's the weather on Mars?")]
    [InlineData("de", "asdkjh qwe")]
    [InlineData("fa", "قیمت بیت کوین امروز چقدر است؟")]
    public async Task Unrelated_question_gets_an_honest_answer_and_a_person_to_talk_to(string language, string question)
    {
        using var chat = await OfferChat.AtMenuAsync(language);

        await chat.SendAsync(question);

        Assert.Equal([chat.T("questions.nothing_fits")], chat.Texts);
        Assert.Equal([chat.T("questions.talk_to_person"), chat.T("questions.show_all_offers"), chat.T("questions.back_to_menu")], chat.ButtonLabels);
    }

    [Fact]
    public async Task Talk_to_a_person_after_an_honest_answer_goes_to_the_team()
    {
        using var chat = await OfferChat.AtMenuAsync("en");
        await chat.SendAsync("What's the weather on Mars?");

        await chat.PressAsync(chat.T("questions.talk_to_person"));

        // The handoff flow took over; without an encryption key in the test settings, tickets are off and it says so.
        Assert.Equal(chat.T("handoff.unavailable"), chat.Texts[0]);
    }

    [Fact]
    public async Task After_an_honest_answer_the_user_can_browse_all_offers()
    {
        using var chat = await OfferChat.AtMenuAsync("uk");
        await chat.SendAsync("Яка погода на Марсі?");

        await chat.PressAsync(chat.T("questions.show_all_offers"));

        Assert.Equal([chat.T("offers.choose_category")], chat.Texts);
    }

    [Fact]
    public async Task After_an_honest_answer_a_question_in_other_words_is_searched_again()
    {
        using var chat = await OfferChat.AtMenuAsync("en");
        await chat.SendAsync("What's the weather on Mars?");

        await chat.SendAsync("is there a women's group?");

        Assert.Equal([chat.T("questions.found"), Card(chat, "womens-group")], chat.Texts);
    }

    [Fact]
    public async Task A_new_question_typed_at_a_card_is_answered_in_turn()
    {
        using var chat = await OfferChat.AtMenuAsync("tr");
        await chat.SendAsync("mahalle anneleri ile tanışmak istiyorum");
        Assert.Equal(Card(chat, "neighbourhood-mothers"), chat.Texts[^1]);

        await chat.SendAsync("dans grubu folklor");

        Assert.Equal([chat.T("questions.found"), Card(chat, "folklore-dance")], chat.Texts);
    }

    [Fact]
    public async Task Back_on_a_card_that_answered_a_question_goes_home()
    {
        using var chat = await OfferChat.AtMenuAsync("de");
        await chat.SendAsync("Stadtteilmütter");

        await chat.PressAsync(chat.T("offers.back"));

        Assert.Equal([chat.T("menu.prompt")], chat.Texts);
    }

    private static string Card(OfferChat chat, string offerId) =>
        OfferCard.Text(chat.Content.Find(offerId)!, chat.Language, chat.TextCatalog);

    private static string Related(OfferChat chat, string offerId) =>
        OfferCard.RelatedButton(chat.Content.Find(offerId)!, chat.Language, chat.TextCatalog);
}
