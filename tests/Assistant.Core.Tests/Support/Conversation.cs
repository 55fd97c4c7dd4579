using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Core.Tests.Support;

/// <summary>
/// One user talking to the real engine, with the real flows, texts and handlers (the host's own
/// service list) on a temporary data file, the way BotBuilder's DialogTestClient works: send, press,
/// and look at what came back.
/// </summary>
internal sealed class Conversation : Participant
{
    private readonly Bot _bot;

    public Conversation(long userId = 1, string? clientLanguage = "de", IConversationStore? store = null, IUserProfileStore? profiles = null, IEnumerable<IFlowActions>? extraActions = null, string? flowsFolder = null, IReadOnlyDictionary<string, string?>? settings = null)
        : this(Start(store, profiles, extraActions, flowsFolder, settings), userId, clientLanguage)
    {
    }

    /// <summary>A user on the data and engine of <paramref name="bot"/>.</summary>
    private Conversation(Bot bot, long userId, string? clientLanguage)
        : base(bot.Services.GetRequiredService<DialogEngine>(), userId, clientLanguage) => _bot = bot;

    public static TextCatalog Texts => TestTexts.Catalog;

    public FakeTimeProvider Clock => _bot.Clock;

    public ServiceProvider Services => _bot.Services;

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    public IUserProfileStore Profiles => Services.GetRequiredService<IUserProfileStore>();

    public FlowRegistry Flows => Services.GetRequiredService<FlowRegistry>();

    public DialogEngine Engine => Services.GetRequiredService<DialogEngine>();

    public static string T(string language, string key, params (string Name, string Value)[] values) => TestTexts.T(language, key, values);

    /// <summary>A new user who kept the language of the client and agreed to the privacy notice: the menu is showing.</summary>
    public static async Task<Conversation> OnboardedAsync(string language = "de")
    {
        var chat = new Conversation(clientLanguage: language);
        await chat.OnboardAsync();
        return chat;
    }

    /// <summary>A second user on the same data and engine.</summary>
    public Conversation OtherUser(long userId, string? clientLanguage = "de") => new(_bot, userId, clientLanguage);

    public async Task<UserProfile?> ProfileAsync() => await Profiles.GetAsync(UserId, CancellationToken.None);

    public async Task<ConversationState?> StateAsync() => await Store.LoadAsync(UserId, CancellationToken.None);

    private static Bot Start(IConversationStore? store, IUserProfileStore? profiles, IEnumerable<IFlowActions>? extraActions, string? flowsFolder, IReadOnlyDictionary<string, string?>? extraSettings)
    {
        var clock = new FakeTimeProvider(TestWorld.Beginning);
        var settings = new Dictionary<string, string?>(extraSettings ?? new Dictionary<string, string?>())
        {
            ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
            ["Dialogs:FlowsPath"] = flowsFolder is null ? Repo.Dialogs : TestFiles.MergedFlows(flowsFolder),
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(Texts); // loaded and checked once per test run; the files do not change during it
        foreach (var actions in extraActions ?? [])
        {
            services.AddSingleton(actions);
        }

        if (store is not null)
        {
            services.AddSingleton(store);
        }

        if (profiles is not null)
        {
            services.AddSingleton(profiles);
        }

        if (store is not null || profiles is not null)
        {
            // A store given by the test is written through its own methods, not the data file's one transaction.
            services.AddSingleton<ITurnStore>(sp => new SeparateWritesTurnStore(
                sp.GetRequiredService<IConversationStore>(),
                sp.GetRequiredService<IUserProfileStore>(),
                sp.GetRequiredService<IScheduledJobStore>(),
                sp.GetRequiredService<IOutbox>(),
                sp.GetRequiredService<TimeProvider>()));
        }

        return new Bot(clock, services.BuildServiceProvider());
    }

    /// <summary>What the users of one conversation test share: the clock and the services.</summary>
    private sealed record Bot(FakeTimeProvider Clock, ServiceProvider Services);
}
