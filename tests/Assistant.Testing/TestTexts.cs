using Assistant.Core.Localization;

namespace Assistant.Testing;

/// <summary>The real texts of <c>localization/</c>, loaded and checked once per test run; the files do not change during it.</summary>
public static class TestTexts
{
    private static readonly Lazy<TextCatalog> RealTexts = new(() => TextCatalog.LoadFolder(Repo.Localization));

    public static TextCatalog Catalog => RealTexts.Value;

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/> with these placeholders filled in.</summary>
    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Catalog.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));
}
