namespace Assistant.Offers.Content;

/// <summary>
/// Checks that catch the mistakes translators make most: a text left in English (or German) in another
/// language's block, or a text in the wrong script. Users would otherwise read a language they did not choose.
/// </summary>
internal static class ContentRules
{
    // Letters that a language's title, description and audience must contain. Contact details and
    // place names may be Latin in any language, so those fields are not checked.
    private static readonly Dictionary<string, Func<char, bool>> Scripts = new(StringComparer.Ordinal)
    {
        ["ar"] = IsArabicScript,
        ["fa"] = IsArabicScript,
        ["uk"] = IsCyrillic,
        ["ru"] = IsCyrillic,
    };

    public static void CheckTranslations(IReadOnlyDictionary<string, OfferText> texts, string file, string id, List<ContentError> errors)
    {
        foreach (var (language, text) in texts)
        {
            if (Scripts.TryGetValue(language, out var isScript))
            {
                foreach (var (field, value) in new[] { ("title", text.Title), ("description", text.Description), ("for_whom", text.ForWhom) })
                {
                    if (!value.Any(isScript))
                    {
                        errors.Add(new ContentError(file, id, $"{language}.{field}", "is not written in this language's script; is it untranslated?"));
                    }
                }
            }

            var copiedFrom = texts
                .Where(other => string.CompareOrdinal(other.Key, language) < 0 && other.Value.Description == text.Description)
                .Select(other => other.Key)
                .FirstOrDefault();
            if (copiedFrom is not null)
            {
                errors.Add(new ContentError(file, id, $"{language}.description", $"is the same text as '{copiedFrom}.description'; translate it."));
            }
        }
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
