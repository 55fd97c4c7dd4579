using Assistant.Core.Dialogs;
using Assistant.Offers.Content;

namespace Assistant.Offers.Flows;

/// <summary>
/// Handlers of <c>dialogs/offers.yaml</c>. Every choice of that flow saves the pressed button (or the
/// typed text) in <c>pressed</c>; these handlers turn it into the category, the offer or a new question.
/// </summary>
public sealed class OffersActions(OfferCatalog catalog) : IFlowActions
{
    public const string Id = "offers";

    public string FlowId => Id;

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["start"] = (ctx, _) => Go(Value(ctx, "offer_id") is not null ? "open_offer" : null),
        ["open_category"] = OpenCategory,
        ["open_offer"] = OpenOffer,
        ["keep_question"] = KeepQuestion,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["categories"] = (ctx, _) => Choices(Categories(ctx)),
        ["offers_in_category"] = (ctx, _) => Choices(OffersInCategory(ctx)),
        ["card_buttons"] = (ctx, _) => Choices(CardButtons(ctx)),
    };

    private IEnumerable<ChoiceOption> Categories(ActionContext context)
    {
        var content = catalog.Content;
        foreach (var category in content.Categories.Where(c => content.InCategory(c.Id).Any()))
        {
            yield return new ChoiceOption(category.Id, category.Name(context.Language), "open_category");
        }

        yield return new ChoiceOption("back", context.Text("offers.back"), FlowDefinition.EndTarget);
    }

    private IEnumerable<ChoiceOption> OffersInCategory(ActionContext context)
    {
        foreach (var offer in catalog.Content.InCategory(Value(context, "category") ?? ""))
        {
            yield return new ChoiceOption(offer.Id, offer.Text(context.Language).Title, "open_offer");
        }

        yield return new ChoiceOption("back", context.Text("offers.back"), "categories");
    }

    private IEnumerable<ChoiceOption> CardButtons(ActionContext context)
    {
        var content = catalog.Content;
        if (content.Find(Value(context, "offer_id") ?? "") is not { } offer)
        {
            yield return new ChoiceOption("back", context.Text("offers.back"), FlowDefinition.EndTarget);
            yield break;
        }

        // The question's answer was not sure: the first button says "no, that is not it" and leads to a person.
        if (Value(context, "doubtful") is not null && Value(context, "category") is null)
        {
            yield return new ChoiceOption("not_it", context.Text("offers.not_it"), "person");
        }

        if (offer.Registration)
        {
            yield return new ChoiceOption("register", context.Text("offers.register"), "register");
        }

        if (offer.Appointments)
        {
            yield return new ChoiceOption("book", context.Text("offers.book_appointment"), "book");
        }

        yield return new ChoiceOption("person", context.Text("offers.ask_person"), "person");

        // The other offers that fit the question this card answers; pressing one shows its card.
        foreach (var related in Related(context).Where(id => id != offer.Id).Select(content.Find).OfType<Offer>())
        {
            yield return new ChoiceOption(related.Id, OfferCard.RelatedButton(related, context.Language, context.Texts), "open_offer");
        }

        // Back to the list the card was chosen from; a card that answered a question goes home.
        yield return new ChoiceOption("back", context.Text("offers.back"), Value(context, "category") is null ? FlowDefinition.EndTarget : "offers");
    }

    private ValueTask<string?> OpenCategory(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values["category"] = Value(context, "pressed") ?? "";
        return Go(null);
    }

    private ValueTask<string?> OpenOffer(ActionContext context, CancellationToken cancellationToken)
    {
        var content = catalog.Content;
        if (Value(context, "pressed") is { } pressed && content.Find(pressed) is not null)
        {
            context.Values["offer_id"] = pressed;
        }

        // The content may have been reloaded without this offer since the button was shown.
        if (content.Find(Value(context, "offer_id") ?? "") is not { } offer)
        {
            context.Say("offers.gone");
            return Go(Value(context, "category") is null ? FlowDefinition.EndTarget : "offers");
        }

        var title = offer.Text(context.Language).Title;
        context.Values["card"] = OfferCard.Text(offer, context.Language, context.Texts);
        context.Values["topic"] = context.Text("offers.topic", new Dictionary<string, string> { ["title"] = title });
        return Go(null);
    }

    /// <summary>Text typed instead of a button is a question; the flow ends and hands it to its caller.</summary>
    private ValueTask<string?> KeepQuestion(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values["question"] = Value(context, "pressed") ?? "";
        return Go(null);
    }

    private static IEnumerable<string> Related(ActionContext context) =>
        (Value(context, "related") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string? Value(ActionContext context, string key) =>
        context.Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static ValueTask<string?> Go(string? step) => ValueTask.FromResult(step);

    private static ValueTask<IReadOnlyList<ChoiceOption>> Choices(IEnumerable<ChoiceOption> options) =>
        ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(options.ToList());
}
