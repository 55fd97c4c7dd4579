using Assistant.Offers.Content;

namespace Assistant.Offers.Tests.Content;

/// <summary>Staff edit these files by hand: every mistake must be refused with the file, offer and field.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Missing_translation_names_file_offer_and_field()
    {
        _copy.Replace("offers/city-pass.yaml", "  description: \"مع بطاقة", "  beschreibung: \"مع بطاقة");

        var error = Assert.Single(Errors(), e => e.Field == "ar.description");

        Assert.Equal(Path.Combine("offers", "city-pass.yaml"), error.File);
        Assert.Equal("city-pass", error.OfferId);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine("offers", "city-pass.yaml")}: offer 'city-pass': field 'ar.description':", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_field_is_refused_rather_than_ignored()
    {
        _copy.Replace("offers/newsletter.yaml", "  search_words: [خبرنامه", "  serch_words: [خبرنامه");

        var errors = Errors();

        Assert.Contains(errors, e => e.OfferId == "newsletter" && e.Field == "fa.serch_words" && e.Message.Contains("unknown", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.OfferId == "newsletter" && e.Field == "fa.search_words");
    }

    [Fact]
    public void Missing_language_block_is_refused()
    {
        _copy.Replace("offers/folklore-dance.yaml", "\nuk:\n", "\nua:\n");

        var errors = Errors();

        Assert.Contains(errors, e => e.OfferId == "folklore-dance" && e.Field == "uk");
        Assert.Contains(errors, e => e.OfferId == "folklore-dance" && e.Field == "ua");
    }

    [Fact]
    public void Unknown_category_is_refused()
    {
        _copy.Replace("offers/language-cafe.yaml", "category: meeting", "category: leisure");

        var error = Assert.Single(Errors());

        Assert.Equal(("language-cafe", "category"), (error.OfferId, error.Field));
        Assert.Contains("'leisure'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_must_match_the_file_name()
    {
        _copy.Replace("offers/newsletter.yaml", "id: newsletter", "id: news-letter");

        var error = Assert.Single(Errors());

        Assert.Equal(("news-letter", "id"), (error.OfferId, error.Field));
    }

    [Fact]
    public void Registration_must_be_true_or_false()
    {
        _copy.Replace("offers/city-exploration.yaml", "registration: true", "registration: yes please");

        var error = Assert.Single(Errors());

        Assert.Equal(("city-exploration", "registration"), (error.OfferId, error.Field));
    }

    [Fact]
    public void English_text_left_in_the_arabic_block_is_refused()
    {
        _copy.Replace("offers/womens-group.yaml", "  title: \"المجموعة النسائية بين الثقافات\"", "  title: \"Intercultural women's group\"");

        var error = Assert.Single(Errors());

        Assert.Equal(("womens-group", "ar.title"), (error.OfferId, error.Field));
    }

    [Fact]
    public void Description_copied_from_another_language_is_refused()
    {
        var english = "In the language café you practise German by talking. Volunteers talk with you about everyday life. It is not a course and there is no exam. Mistakes are welcome. Just drop in.";
        _copy.Replace("offers/language-cafe.yaml", "Dil kafede sohbet ederek Almanca pratik yaparsınız. Gönüllüler sizinle günlük hayat hakkında konuşur. Bu bir kurs değil ve sınav yok. Hata yapmak serbest. Çekinmeden uğrayın.", english);

        var error = Assert.Single(Errors());

        Assert.Equal(("language-cafe", "tr.description"), (error.OfferId, error.Field));
    }

    [Fact]
    public void Broken_yaml_names_the_file_and_line()
    {
        _copy.Replace("offers/volunteering.yaml", "  title: \"Volunteer with us\"", "  title: \"Volunteer with us");

        var error = Assert.Single(Errors());

        Assert.Equal(Path.Combine("offers", "volunteering.yaml"), error.File);
        Assert.Matches("line [0-9]+: not valid YAML", error.Message);
    }

    [Fact]
    public void Unclosed_bracket_is_a_content_error_not_a_crash()
    {
        _copy.Replace("offers/volunteering.yaml", "registration: false", "registration: [false");

        var error = Assert.Single(Errors());

        Assert.Equal(Path.Combine("offers", "volunteering.yaml"), error.File);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_without_a_name_in_one_language_is_refused()
    {
        _copy.Replace("categories.yaml", "    fa: برای زنان\n", "");

        var errors = Errors();

        Assert.Contains(errors, e => e.File == "categories.yaml" && e.OfferId == "women" && e.Field == "name.fa");
    }

    [Fact]
    public void All_errors_in_all_files_are_reported_at_once()
    {
        _copy.Replace("offers/city-pass.yaml", "category: community", "category: nowhere");
        _copy.Replace("offers/newsletter.yaml", "registration: false", "registration: maybe");

        Assert.Equal(["city-pass", "newsletter"], Errors().Select(e => e.OfferId).Order());
    }

    [Fact]
    public void Missing_folder_is_refused()
    {
        var e = Assert.Throws<OfferContentException>(() => OfferContentLoader.LoadFolder(Path.Combine(_copy.Folder, "nope"), DateTimeOffset.UnixEpoch));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    private List<ContentError> Errors() =>
        Assert.Throws<OfferContentException>(() => OfferContentLoader.LoadFolder(_copy.Folder, DateTimeOffset.UnixEpoch)).Errors.ToList();
}
