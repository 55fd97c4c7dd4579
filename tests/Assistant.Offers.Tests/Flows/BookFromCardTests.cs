using Assistant.Core.Dialogs;
using Assistant.Core.Localization;

namespace Assistant.Offers.Tests.Flows;

/// <summary>Counselling appointments are booked straight from the card of the offer, in every language.</summary>
public sealed class BookFromCardTests
{
    public static TheoryData<string> AllLanguages => new(Languages.Supported);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task The_migration_counselling_card_books_an_appointment_of_that_counselling(string language)
    {
        using var chat = await OfferChat.AtMenuAsync(language);
        var offer = chat.Content.Find("migration-counselling")!;
        await chat.PressAsync(chat.T("menu.offers"));
        await chat.PressAsync(chat.Content.Categories.Single(c => c.Id == offer.Category).Name(language));
        await chat.PressAsync(offer.Text(language).Title);
        Assert.Contains(chat.T("offers.book_appointment"), chat.ButtonLabels);

        await chat.PressAsync(chat.T("offers.book_appointment"));

        Assert.Equal(chat.T("appointments.choose_slot"), chat.Texts[^1]);
        Assert.Equal("appointment-booking", await chat.CurrentFlowAsync());
        await chat.PressAsync(chat.ButtonLabels[0]);
        await chat.PressAsync(chat.ButtonLabels[0]);
        await chat.SendAsync("Amina Yusuf");
        await chat.PressAsync(chat.T("dialog.no"));
        await chat.PressAsync(chat.T("dialog.yes"));
        await chat.PressAsync(chat.T("dialog.yes"));

        Assert.StartsWith("✅", InputValidator.StripInvisible(chat.Texts[0]), StringComparison.Ordinal);
        Assert.Equal("text/calendar", chat.Replies[0].File!.MimeType);
    }

    [Fact]
    public async Task An_offer_without_appointments_has_no_booking_button()
    {
        using var chat = await OfferChat.AtMenuAsync("en");
        var offer = chat.Content.Find("womens-group")!;
        await chat.PressAsync(chat.T("menu.offers"));
        await chat.PressAsync(chat.Content.Categories.Single(c => c.Id == offer.Category).Name("en"));

        await chat.PressAsync(offer.Text("en").Title);

        Assert.DoesNotContain(chat.T("offers.book_appointment"), chat.ButtonLabels);
        Assert.False(offer.Appointments);
    }
}
