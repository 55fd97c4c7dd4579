using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Hosting;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Newsletters.Tests.Support;

/// <summary>
/// The bot with the real flows and texts and this feature's wiring (<c>AddNewsletters</c>), a fake clock
/// and a recording messenger. The stores can be handed in, so a second world over the same stores is
/// the bot after a restart.
/// </summary>
internal sealed class NewsletterWorld : TestWorld
{
    public const long StaffUserId = 900;
    public const long StaffChatId = -100;

    private static readonly Lock OwnFlowsLock = new();
    private static (IReadOnlyList<FlowDefinition> Flows, EngineSettings Settings)? _ownFlows;

    public NewsletterWorld(NewsletterStores? stores = null, IUserMessenger? messenger = null, DateTimeOffset? now = null)
        : base(now ?? new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero))
    {
        Stores = stores ?? new NewsletterStores();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dialogs:FlowsPath"] = Repo.Dialogs,
            ["Dialogs:LocalizationPath"] = Repo.Localization,
            ["Staff:Admins:0"] = StaffUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = NewServices()
            .AddSingleton<IConversationStore, InMemoryConversationStore>()
            .AddSingleton(Stores.Profiles)
            .AddSingleton(Stores.Jobs)
            .AddSingleton<IStaffStore, InMemoryStaffStore>()
            .AddSingleton(Stores.Subscriptions)
            .AddSingleton(Stores.Newsletters)
            .AddSingleton(messenger ?? Messenger)
            .AddDialogs(configuration)
            .AddScheduling(configuration)
            .AddStaffDirectory(configuration)
            .AddNewsletters(configuration);
        services.AddSingleton(Texts);
        var (flows, engineSettings) = OwnFlows(services);
        services.AddSingleton(sp => new FlowRegistry(flows, sp.GetServices<IFlowActions>(), engineSettings, Texts));
        Build(services, new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public NewsletterStores Stores { get; }

    public NewsletterDesk Desk => Get<NewsletterDesk>();

    /// <summary>Starts what the host starts (the newsletter that was interrupted continues).</summary>
    public async Task StartAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>().Where(s => s.GetType().Namespace!.StartsWith("Assistant.Newsletters", StringComparison.Ordinal)))
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>Someone who agreed to the privacy notice and receives <paramref name="topics"/>, without a conversation.</summary>
    public async Task SubscriberAsync(long userId, string language, params string[] topics)
    {
        await Stores.Profiles.SaveAsync(new UserProfile { UserId = userId, Language = language, Consent = ConsentDecision.Given, FirstSeenAt = Clock.GetUtcNow() }, CancellationToken.None);
        await Stores.Subscriptions.SaveAsync(new NewsletterSubscriber { UserId = userId, Topics = topics, ChangedAt = Clock.GetUtcNow() }, CancellationToken.None);
    }

    /// <summary>A participant at the main menu, with consent.</summary>
    public async Task<Participant> ParticipantAsync(long userId, string language = "de")
    {
        await Stores.Profiles.SaveAsync(new UserProfile { UserId = userId, Language = language, Consent = ConsentDecision.Given, FirstSeenAt = Clock.GetUtcNow() }, CancellationToken.None);
        var participant = new Participant(this, userId, language);
        await participant.SendAsync("/menu");
        return participant;
    }

    public Task<OutgoingMessage?> StaffAsync(string command) =>
        Get<IStaffChatHandler>().HandleAsync(new StaffChatMessage { ChatId = StaffChatId, FromUserId = StaffUserId, Text = command }, CancellationToken.None);

    private static (IReadOnlyList<FlowDefinition> Flows, EngineSettings Settings) OwnFlows(IServiceCollection services)
    {
        lock (OwnFlowsLock)
        {
            return _ownFlows ??= Testing.OwnFlows.Read(services);
        }
    }
}

/// <summary>What outlives a restart: the stores. In memory here; the restart test uses the real data file too.</summary>
internal sealed class NewsletterStores
{
    public IUserProfileStore Profiles { get; init; } = new InMemoryUserProfileStore();

    public IScheduledJobStore Jobs { get; init; } = new InMemoryScheduledJobStore();

    public ISubscriptionStore Subscriptions { get; init; } = new InMemorySubscriptionStore();

    public INewsletterStore Newsletters { get; init; } = new InMemoryNewsletterStore();
}

/// <summary>A messenger that records, and stops the process (cancels) after a number of messages, as a crash would.</summary>
internal sealed class CrashingMessenger(RecordingMessenger inner, int crashAfter, CancellationTokenSource process) : IUserMessenger
{
    private int _sent;

    public async ValueTask SendAsync(long userId, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        await inner.SendAsync(userId, messages, cancellationToken);
        if (Interlocked.Increment(ref _sent) == crashAfter)
        {
            await process.CancelAsync();
        }
    }
}
