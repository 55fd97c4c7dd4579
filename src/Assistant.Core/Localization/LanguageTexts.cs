namespace Assistant.Core.Localization;

/// <summary>All texts of one language, loaded from <c>localization/{code}.yaml</c>.</summary>
public sealed record LanguageTexts(
    string Code,
    string NativeName,
    bool RightToLeft,
    string SourceFile,
    IReadOnlyDictionary<string, TextEntry> Entries);
