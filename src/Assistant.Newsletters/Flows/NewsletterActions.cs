using Assistant.Core.Dialogs;
using Assistant.Core.Users;
using Assistant.Newsletters.Subscriptions;

namespace Assistant.Newsletters.Flows;

/// <summary>
/// Handlers of <c>dialogs/newsletter.yaml</c>: one button per topic switches it on or off. Only with the
/// general consent: newsletters are something the bot keeps about the person.
/// </summary>
public sealed class NewsletterActions(SubscriptionService subscriptions) : IFlowActions
{
    private const string Done = "done";

    public string FlowId => "newsletter";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check"] = (context, _) => ValueTask.FromResult(context.Profile.Consent == ConsentDecision.Given ? null : "no_consent"),
        ["toggle"] = ToggleAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["topics"] = TopicsAsync,
    };

    private async ValueTask<IReadOnlyList<ChoiceOption>> TopicsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var mine = await subscriptions.TopicsAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var options = NewsletterTopics.All
            .Select(t => new ChoiceOption(t, context.Text(mine.Contains(t) ? "newsletter.topic_on" : "newsletter.topic_off", new Dictionary<string, string>
            {
                ["topic"] = context.Text(NewsletterTopics.TextKey(t)),
            })))
            .ToList();
        options.Add(new ChoiceOption(Done, context.Text("newsletter.done"), "done"));
        return options;
    }

    private async ValueTask<string?> ToggleAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!context.Values.TryGetValue("topic", out var topic) || !NewsletterTopics.IsKnown(topic))
        {
            return "done";
        }

        var (on, profile) = await subscriptions.ToggleAsync(context.Profile, topic, cancellationToken).ConfigureAwait(false);
        context.UpdateProfile(_ => profile);
        context.Say(on ? "newsletter.subscribed" : "newsletter.unsubscribed", new Dictionary<string, string> { ["topic"] = context.Text(NewsletterTopics.TextKey(topic)) });
        return null;
    }
}
