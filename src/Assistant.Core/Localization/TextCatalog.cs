using System.Globalization;
using Assistant.Core.Conversations;

namespace Assistant.Core.Localization;

/// <summary>
/// Every user-facing text in every language. Built once at start-up from validated files, then read-only.
/// </summary>
public sealed class TextCatalog
{
    private readonly Dictionary<string, LanguageTexts> _languages;

    public TextCatalog(IReadOnlyList<LanguageTexts> languages)
    {
        Validate(languages);
        _languages = languages.ToDictionary(l => l.Code);
    }

    public static TextCatalog LoadFolder(string folder) => new(LocalizationLoader.LoadFolder(folder));

    public IEnumerable<string> LanguageCodes => Languages.Supported.Where(_languages.ContainsKey);

    public IEnumerable<string> Keys => _languages[Languages.Reference].Entries.Keys;

    public bool Contains(string key) => _languages[Languages.Reference].Entries.ContainsKey(key);

    public IReadOnlySet<string> PlaceholdersOf(string key) => _languages[Languages.Reference].Entries[key].Placeholders;

    public LanguageTexts Language(string code) => _languages[code];

    public bool IsRightToLeft(string code) => _languages[code].RightToLeft;

    /// <summary>The direction <paramref name="code"/> is written in, for a message in that language.</summary>
    public TextDirection DirectionOf(string code) => IsRightToLeft(code) ? TextDirection.RightToLeft : TextDirection.LeftToRight;

    /// <summary>A message of one text, in <paramref name="language"/> and written in its direction.</summary>
    public OutgoingMessage Message(string language, string key, IReadOnlyDictionary<string, string>? values = null) =>
        OutgoingMessage.Plain(Get(language, key, values), DirectionOf(language));

    public string NativeName(string code) => _languages[code].NativeName;

    /// <summary>
    /// The text for <paramref name="key"/> in <paramref name="language"/>, placeholders filled from
    /// <paramref name="values"/>. Plural texts pick their form by the <c>count</c> value.
    /// </summary>
    public string Get(string language, string key, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!_languages.TryGetValue(language, out var texts))
        {
            texts = _languages[Languages.Reference];
        }

        if (!texts.Entries.TryGetValue(key, out var entry))
        {
            // Start-up validation makes this unreachable for keys used by flows; a code path that asks
            // for an unknown key is a bug, and showing the key beats showing nothing.
            return key;
        }

        values ??= new Dictionary<string, string>();
        var form = entry.IsPlural ? PluralForm(texts.Code, entry, values) : entry.Forms[TextEntry.SingleForm];
        var text = TextEntry.Fill(form, values);
        return texts.RightToLeft ? RightToLeftText.Render(text) : text;
    }

    /// <summary>
    /// A text put together in code (a button of content and dates, a list line) made to display right in
    /// <paramref name="language"/>: unchanged for left-to-right languages, see <see cref="RightToLeftText"/> otherwise.
    /// </summary>
    public string Directional(string language, string text) =>
        _languages.TryGetValue(language, out var texts) && texts.RightToLeft ? RightToLeftText.Render(text) : text;

    /// <summary>The separator of a list in running text: "، " in Arabic and Persian, ", " elsewhere.</summary>
    public string ListSeparator(string language) =>
        _languages.TryGetValue(language, out var texts) && texts.RightToLeft ? "، " : ", ";

    /// <summary>Items as a list in running text, such as "العربية، الفارسية" or "Arabisch, Persisch".</summary>
    public string List(string language, IEnumerable<string> items) => string.Join(ListSeparator(language), items);

    /// <summary>Every phrase of a comma-separated word list key (such as <c>words.menu</c>) in every language.</summary>
    public IEnumerable<string> WordsInAllLanguages(string key) =>
        _languages.Values
            .Where(l => l.Entries.ContainsKey(key))
            .SelectMany(l => l.Entries[key].Forms[TextEntry.SingleForm].Split(','))
            .Select(w => w.Trim())
            .Where(w => w.Length > 0);

    private static string PluralForm(string language, TextEntry entry, IReadOnlyDictionary<string, string> values)
    {
        var count = values.TryGetValue("count", out var c) && long.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        // A "zero" form, where a file has one, says "no more tries" instead of "0 tries" in any language;
        // in Arabic it is also the grammar's own category.
        var category = count == 0 && entry.Forms.ContainsKey("zero") ? "zero" : PluralRules.Category(language, count);
        return entry.Forms.TryGetValue(category, out var form) ? form : entry.Forms.GetValueOrDefault("other", "");
    }

    private static void Validate(IReadOnlyList<LanguageTexts> languages)
    {
        var reference = languages.FirstOrDefault(l => l.Code == Languages.Reference)
            ?? throw new LocalizationException($"The reference language '{Languages.Reference}' is missing.");

        var problems = new List<string>();
        foreach (var language in languages)
        {
            foreach (var (key, refEntry) in reference.Entries)
            {
                if (!language.Entries.TryGetValue(key, out var entry))
                {
                    problems.Add($"{language.SourceFile}: key '{key}' is missing.");
                    continue;
                }

                CheckEntry(language, key, refEntry, entry, problems);
            }

            foreach (var key in language.Entries.Keys.Where(k => !reference.Entries.ContainsKey(k)))
            {
                problems.Add($"{language.SourceFile}: key '{key}' does not exist in {reference.SourceFile}.");
            }
        }

        if (problems.Count > 0)
        {
            throw new LocalizationException(string.Join(Environment.NewLine, problems));
        }
    }

    private static void CheckEntry(LanguageTexts language, string key, TextEntry refEntry, TextEntry entry, List<string> problems)
    {
        if (refEntry.IsPlural != entry.IsPlural)
        {
            problems.Add($"{language.SourceFile}: key '{key}' must {(refEntry.IsPlural ? "" : "not ")}have plural forms.");
            return;
        }

        if (entry.IsPlural)
        {
            foreach (var category in PluralRules.RequiredCategories(language.Code).Where(c => !entry.Forms.ContainsKey(c)))
            {
                problems.Add($"{language.SourceFile}: key '{key}' lacks the plural form '{category}'.");
            }
        }

        if (!entry.Placeholders.SetEquals(refEntry.Placeholders))
        {
            problems.Add($"{language.SourceFile}: key '{key}' has placeholders {{{string.Join("}, {", entry.Placeholders.Order())}}} "
                + $"but {Languages.Reference}.yaml has {{{string.Join("}, {", refEntry.Placeholders.Order())}}}.");
        }

        if (entry.Forms.Values.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{language.SourceFile}: key '{key}' is empty.");
        }
    }
}
