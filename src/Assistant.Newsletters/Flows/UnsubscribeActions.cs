using Assistant.Core.Dialogs;
using Assistant.Newsletters.Subscriptions;

namespace Assistant.Newsletters.Flows;

/// <summary>
/// Handlers of <c>dialogs/unsubscribe.yaml</c>: the button under a newsletter (<c>/unsubscribe N-7</c>)
/// ends that newsletter's topic for the person who pressed it.
/// </summary>
public sealed class UnsubscribeActions(SubscriptionService subscriptions) : IFlowActions
{
    public string FlowId => "unsubscribe";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["unsubscribe"] = UnsubscribeAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> UnsubscribeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = context.Values.TryGetValue("argument", out var argument) ? argument.Trim() : "";
        var (topic, profile) = await subscriptions.UnsubscribeAsync(context.Profile, id, cancellationToken).ConfigureAwait(false);
        if (topic is null)
        {
            context.Say("newsletter.unknown");
            return null;
        }

        context.UpdateProfile(_ => profile);
        context.Say("newsletter.unsubscribed", new Dictionary<string, string> { ["topic"] = context.Text(NewsletterTopics.TextKey(topic)) });
        return null;
    }
}
