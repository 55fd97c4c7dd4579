namespace Assistant.Offers.Content;

/// <summary>One offer of the agency, with its texts in every supported language.</summary>
/// <param name="Id">Stable id (the file name); other features refer to offers by it.</param>
/// <param name="Category">Id of an <see cref="OfferCategory"/>.</param>
/// <param name="Registration">True when people register for it (workshops link to such offers).</param>
/// <param name="Appointments">True when people book appointments for it (counselling in <c>content/appointments</c> links to such offers).</param>
/// <param name="Texts">Texts by language code; the loader guarantees all seven are present.</param>
/// <param name="File">The content file it came from, for error messages and staff.</param>
public sealed record Offer(
    string Id,
    string Category,
    bool Registration,
    bool Appointments,
    IReadOnlyDictionary<string, OfferText> Texts,
    string File)
{
    /// <summary>The texts in <paramref name="language"/>, or German when that language is unknown.</summary>
    public OfferText Text(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts[Assistant.Core.Localization.Languages.Reference];
}

/// <summary>What the bot can tell about an offer in one language. All of it comes from the content files.</summary>
public sealed record OfferText(
    string Title,
    string Description,
    string ForWhom,
    string WhenWhere,
    string Cost,
    string Contact,
    string Languages,
    IReadOnlyList<string> SearchWords);

/// <summary>A category of offers with its display name in every supported language.</summary>
public sealed record OfferCategory(string Id, IReadOnlyDictionary<string, string> Names)
{
    public string Name(string language) =>
        Names.TryGetValue(language, out var name) ? name : Names[Assistant.Core.Localization.Languages.Reference];
}

/// <summary>One valid load of the content folder. Immutable; a reload builds a new one.</summary>
public sealed class OfferContent
{
    private readonly Dictionary<string, Offer> _byId;

    public OfferContent(IReadOnlyList<OfferCategory> categories, IReadOnlyList<Offer> offers, DateTimeOffset loadedAt)
    {
        Categories = categories;
        Offers = offers;
        LoadedAt = loadedAt;
        _byId = offers.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>In the order of <c>categories.yaml</c>.</summary>
    public IReadOnlyList<OfferCategory> Categories { get; }

    /// <summary>Ordered by id, so listings are stable between reloads.</summary>
    public IReadOnlyList<Offer> Offers { get; }

    public DateTimeOffset LoadedAt { get; }

    public Offer? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<Offer> InCategory(string categoryId) => Offers.Where(o => o.Category == categoryId);
}
