using Assistant.Core.Localization;
using Assistant.Core.Tests.Support;

namespace Assistant.Core.Tests.Localization;

/// <summary>Every text exists in every language, with the same placeholders and the right plural forms.</summary>
public sealed class LocalizationFilesTests
{
    private static readonly IReadOnlyList<LanguageTexts> Files = LocalizationLoader.LoadFolder(Repo.Localization);

    public static TheoryData<string> OtherLanguages => new(Languages.Supported.Where(l => l != Languages.Reference));

    [Fact]
    public void The_real_files_load_as_one_consistent_catalog()
    {
        var catalog = new TextCatalog(Files);

        Assert.Equal(Languages.Supported, catalog.LanguageCodes);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_key_exists_with_the_same_placeholders(string language)
    {
        var reference = Files.Single(f => f.Code == Languages.Reference);
        var texts = Files.Single(f => f.Code == language);

        Assert.Empty(reference.Entries.Keys.Except(texts.Entries.Keys));
        Assert.Empty(texts.Entries.Keys.Except(reference.Entries.Keys));
        foreach (var (key, entry) in reference.Entries)
        {
            Assert.True(entry.Placeholders.SetEquals(texts.Entries[key].Placeholders), $"{language}.yaml: placeholders of '{key}' differ");
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Texts_are_translated_not_copied(string language)
    {
        var english = Files.Single(f => f.Code == "en");
        var texts = Files.Single(f => f.Code == language);
        if (language == "en")
        {
            english = Files.Single(f => f.Code == Languages.Reference);
        }

        // Short labels such as "OK" may coincide; whole sentences must not.
        var copied = texts.Entries
            .Where(e => !e.Key.StartsWith("words.", StringComparison.Ordinal))
            .Where(e => e.Value.Forms.Values.Any(f => f.Length > 20 && english.Entries[e.Key].Forms.Values.Contains(f)))
            .Select(e => e.Key)
            .ToList();
        Assert.Empty(copied);
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa", true)]
    [InlineData("de", false)]
    [InlineData("uk", false)]
    public void Arabic_and_Persian_are_right_to_left(string language, bool rtl)
    {
        Assert.Equal(rtl, Files.Single(f => f.Code == language).RightToLeft);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Plural_texts_have_every_form_the_language_needs(string language)
    {
        var texts = Files.Single(f => f.Code == language);
        foreach (var (key, entry) in texts.Entries.Where(e => e.Value.IsPlural))
        {
            Assert.All(PluralRules.RequiredCategories(language), c => Assert.True(entry.Forms.ContainsKey(c), $"{language}.yaml: '{key}' lacks '{c}'"));
        }
    }
}
