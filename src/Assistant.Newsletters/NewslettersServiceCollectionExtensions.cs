using Assistant.Core.Conversations;
using Assistant.Core.Hosting;
using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Newsletters.Flows;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Staff;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Newsletters;

public static class NewslettersServiceCollectionExtensions
{
    /// <summary>
    /// Newsletters: subscriptions by topic (<c>/newsletter</c>, the main menu, the unsubscribe button),
    /// staff commands to write, preview and send them, and the sending that survives a restart.
    /// The stores come from the storage project (<c>AddLiteDbNewsletterStores</c>); in-memory ones otherwise.
    /// </summary>
    public static IServiceCollection AddNewsletters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewslettersOptions>()
            .Bind(configuration.GetSection(NewslettersOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
        services.TryAddSingleton<INewsletterStore, InMemoryNewsletterStore>();

        services.AddSingleton<NewsletterMessages>();
        services.AddSingleton<NewsletterSender>();
        services.AddSingleton<NewsletterDesk>();
        services.AddSingleton<SubscriptionService>();

        services.AddFlowActions<NewsletterActions>();
        services.AddFlowActions<UnsubscribeActions>();
        services.AddSingleton<IJobHandler, NewsletterSendJob>();
        services.AddSingleton<IJobHandler, NewsletterBlockedCheckJob>();
        services.AddSingleton<IStaffCommand, NewNewsletterCommand>();
        services.AddSingleton<IStaffCommand, NewsletterTextCommand>();
        services.AddSingleton<IStaffCommand, NewsletterPreviewCommand>();
        services.AddSingleton<IStaffCommand, NewsletterSendCommand>();
        services.AddSingleton<IStaffCommand, NewslettersCommand>();
        services.AddSingleton<IPersonalDataArea, NewsletterDataArea>();
        services.AddHostedService<NewsletterResume>();
        return services;
    }
}
