using Assistant.Core.Localization;

namespace Assistant.LocalChat;

/// <summary>
/// The page's own words (headings, labels, the welcome) in one language, from the same catalog as the
/// bot's texts (<c>localchat.*</c> in <c>localization/</c>), with the page's direction and the languages to pick.
/// </summary>
public static class LocalPageTexts
{
    private const string Prefix = "localchat.";

    public static PageTexts For(string language, TextCatalog texts, string staffLanguage)
    {
        var code = Languages.Match(language) ?? Languages.Reference;
        var words = texts.Keys
            .Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(k => k[Prefix.Length..], k => texts.Get(code, k, new Dictionary<string, string> { ["file"] = "{file}", ["commands"] = "{commands}" }));
        words["share_contact"] = texts.Get(code, "telegram.share_contact");
        return new PageTexts(
            code,
            texts.IsRightToLeft(code) ? "rtl" : "ltr",
            words,
            texts.LanguageCodes.Select(c => new PageLanguage(c, texts.NativeName(c), texts.IsRightToLeft(c) ? "rtl" : "ltr")).ToList(),
            LocalStaff.UserId,
            LocalStaff.Name,
            staffLanguage);
    }

    public sealed record PageTexts(string Language, string Direction, IReadOnlyDictionary<string, string> Texts, IReadOnlyList<PageLanguage> Languages, long StaffUserId, string StaffName, string StaffLanguage);

    public sealed record PageLanguage(string Code, string Name, string Direction);
}
