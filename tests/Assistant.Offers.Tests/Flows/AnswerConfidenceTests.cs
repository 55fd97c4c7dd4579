using Assistant.Offers.Flows;

namespace Assistant.Offers.Tests.Flows;

/// <summary>Answers to typed questions say how sure they are, and a doubtful one has a "No" that leads to a person.</summary>
public sealed class AnswerConfidenceTests
{
    [Theory]
    [InlineData("de", "Gibt es Workshops für Frauen?")]
    [InlineData("en", "workshops for women?")]
    [InlineData("ar", "ورشة عمل للنساء")]
    [InlineData("tr", "kadınlar için atölye var mı")]
    [InlineData("uk", "воркшопи для жінок")]
    [InlineData("ru", "семинары для женщин")]
    [InlineData("fa", "کارگاه برای زنان")]
    public async Task A_confident_match_says_the_offer_fits(string language, string question)
    {
        using var chat = await OfferChat.AtMenuAsync(language);

        await chat.SendAsync(question);

        Assert.Equal([chat.T("questions.found"), Card(chat, "women-empowerment-workshops")], chat.Texts);
        Assert.DoesNotContain(chat.T("offers.not_it"), chat.ButtonLabels);
    }

    [Theory]
    [InlineData("de", "Helfer gesucht? Ich hab Zeit", "volunteering")]
    [InlineData("ru", "меня оскорбили в автобусе из-за акцента", "anti-discrimination-counselling")]
    public async Task A_weak_match_asks_whether_it_is_meant_and_No_leads_to_a_person(string language, string question, string offerId)
    {
        using var chat = await OfferChat.AtMenuAsync(language);

        await chat.SendAsync(question);

        Assert.Equal([chat.T("questions.found_doubtful"), Card(chat, offerId)], chat.Texts);
        Assert.Equal(chat.T("offers.not_it"), chat.ButtonLabels[0]);

        // The handoff flow took over; without an encryption key in the test settings, tickets are off and it says so.
        await chat.PressAsync(chat.T("offers.not_it"));
        Assert.Equal(chat.T("handoff.unavailable"), chat.Texts[0]);
    }

    [Theory]
    [InlineData("en", "I am looking for a flat")]
    [InlineData("de", "Ich suche eine Wohnung")]
    [InlineData("ar", "أبحث عن شقة")]
    [InlineData("tr", "Ev arıyorum")]
    [InlineData("uk", "Я шукаю квартиру")]
    [InlineData("ru", "Я ищу квартиру")]
    [InlineData("fa", "دنبال آپارتمان هستم")]
    public async Task Looking_for_a_flat_is_never_told_that_anti_discrimination_counselling_fits(string language, string question)
    {
        using var chat = await OfferChat.AtMenuAsync(language);

        await chat.SendAsync(question);

        var told = chat.Texts.Select((text, i) => (text, i)).Where(t => t.text == chat.T("questions.found")).Select(t => t.i + 1);
        Assert.DoesNotContain(told, i => i < chat.Texts.Count && chat.Texts[i] == Card(chat, "anti-discrimination-counselling"));
    }

    private static string Card(OfferChat chat, string offerId) =>
        OfferCard.Text(chat.Content.Find(offerId)!, chat.Language, chat.TextCatalog);
}
