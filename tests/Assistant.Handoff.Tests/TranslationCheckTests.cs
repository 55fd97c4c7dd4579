using Assistant.Ai;

namespace Assistant.Handoff.Tests;

/// <summary>What counts as a translation when the service answers, and how masked data comes back.</summary>
public sealed class TranslationCheckTests
{
    private const string Arabic = "هل يمكنني المجيء غدا مع [name1]؟";

    [Theory]
    [InlineData("Kann ich morgen mit [name1] kommen?", "Kann ich morgen mit [name1] kommen?")]
    [InlineData("  Kann ich morgen kommen?\n", "Kann ich morgen kommen?")]
    public void A_plain_translation_is_taken(string reply, string expected) =>
        Assert.Equal(expected, TranslationPrompt.Check(reply, Arabic, "de"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(Arabic)]
    [InlineData("Here is the translation: Kann ich morgen kommen?")]
    [InlineData("Übersetzung: Kann ich morgen kommen?")]
    [InlineData("Sure, I can help with that.")]
    [InlineData("I'm sorry, but I cannot translate this.")]
    [InlineData("Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen? Kann ich morgen kommen?")]
    public void Chatter_an_unchanged_text_or_an_empty_answer_is_no_translation(string reply) =>
        Assert.Null(TranslationPrompt.Check(reply, Arabic, "de"));

    [Fact]
    public void A_reply_in_latin_letters_is_no_translation_into_persian() =>
        Assert.Null(TranslationPrompt.Check("Can I come tomorrow?", "Kann ich morgen kommen?", "fa"));

    [Fact]
    public void Names_numbers_and_addresses_leave_as_numbered_placeholders_and_come_back_in_the_translation()
    {
        var masked = PersonalDataMasker.MaskReversibly("Ich heiße Amina Yusuf, Tel. 0176 1234567, amina@example.org, Hauptstraße 12.");

        Assert.Equal("Ich heiße [name4] [name5], Tel. [phone2], [email1], [address3].", masked.Text);
        Assert.Equal(
            "اسمي Amina Yusuf، هاتف 0176 1234567، amina@example.org، Hauptstraße 12.",
            masked.Restore("اسمي [name4] [name5]، هاتف [phone2]، [email1]، [address3]."));
    }
}
