using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Offers.Ai;
using Assistant.Offers.Search;
using static Assistant.Offers.Flows.OffersActions;

namespace Assistant.Offers.Flows;

/// <summary>
/// Handlers of <c>dialogs/question.yaml</c>: a typed question is answered with the offers the search
/// finds, never with more. The answer's text may come from the AI; which offers are shown never does.
/// </summary>
public sealed class QuestionActions(OfferSearch search, IAnswerWriter writer) : IFlowActions
{
    public string FlowId => "question";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["answer"] = AnswerAsync,
        ["follow_up"] = (ctx, _) => ValueTask.FromResult(TakeQuestion(ctx, "next_question")),
        ["take_typed"] = (ctx, _) => ValueTask.FromResult(TakeQuestion(ctx, "pressed")),
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> AnswerAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var question = Value(context, "question") ?? "";
        var result = search.Search(question, context.Language);
        if (result.Best is not { } best)
        {
            return "nothing_fits";
        }

        context.Values["offer_id"] = best.Offer.Id;
        context.Values["related"] = string.Join(',', result.Matches.Select(m => m.Offer.Id));
        // A doubtful match is shown with a question and a "No" that leads to a person, never as "this fits".
        context.Values["doubtful"] = result.IsConfident ? "" : "yes";
        var offline = context.Text(result.IsConfident ? "questions.found" : "questions.found_doubtful");
        var text = await writer.WriteAsync(new AnswerRequest(question, context.Language, result), offline, cancellationToken).ConfigureAwait(false);
        context.Send(OutgoingMessage.Plain(text, context.Direction));
        return null;
    }

    /// <summary>A question typed at a card or instead of a button is answered in turn, without going home first.</summary>
    private static string? TakeQuestion(ActionContext context, string from)
    {
        var typed = Value(context, from);
        context.Values.Remove(from);
        if (typed is null)
        {
            return null;
        }

        context.Values["question"] = typed;
        return "search";
    }
}
