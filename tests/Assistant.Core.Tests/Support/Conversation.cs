using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
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
internal sealed class Conversation
{
    private static readonly Lazy<TextCatalog> RealTexts = new(() => TextCatalog.LoadFolder(Repo.Localization));

    public Conversation(long userId = 1, string? clientLanguage = "de", IConversationStore? store = null, IUserProfileStore? profiles = null, IEnumerable<IFlowActions>? extraActions = null, string? flowsFolder = null)
    {
        UserId = userId;
        ClientLanguage = clientLanguage;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = TestFiles.NewDataFile(),
            ["Dialogs:FlowsPath"] = flowsFolder is null ? Repo.Dialogs : TestFiles.MergedFlows(flowsFolder),
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
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

        Services = services.BuildServiceProvider();
        Store = Services.GetRequiredService<IConversationStore>();
        Profiles = Services.GetRequiredService<IUserProfileStore>();
        Flows = Services.GetRequiredService<FlowRegistry>();
        Engine = Services.GetRequiredService<DialogEngine>();
    }

    /// <summary>A second user on the same data and engine.</summary>
    private Conversation(Conversation other, long userId, string? clientLanguage)
    {
        UserId = userId;
        ClientLanguage = clientLanguage;
        Clock = other.Clock;
        Services = other.Services;
        Store = other.Store;
        Profiles = other.Profiles;
        Flows = other.Flows;
        Engine = other.Engine;
    }

    public static TextCatalog Texts => RealTexts.Value;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public long UserId { get; }

    public string? ClientLanguage { get; }

    public IConversationStore Store { get; }

    public IUserProfileStore Profiles { get; }

    public FlowRegistry Flows { get; }

    public DialogEngine Engine { get; }

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public IReadOnlyList<string> ButtonLabels => Buttons.Select(b => b.Label).ToList();

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public Conversation OtherUser(long userId, string? clientLanguage = "de") => new(this, userId, clientLanguage);

    public Task<TurnResult> SendAsync(string text) => HandleAsync(new IncomingMessage { UserId = UserId, Text = text, ClientLanguage = ClientLanguage, FirstName = "Amina" });

    public Task<TurnResult> SendAsync(IncomingMessage message) => HandleAsync(message);

    /// <summary>Presses the button with this label on the latest message that has buttons.</summary>
    public Task<TurnResult> PressAsync(string label)
    {
        var button = Buttons.LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ButtonLabels)}");
        return PressPayloadAsync(button.Payload);
    }

    public Task<TurnResult> PressPayloadAsync(string payload) =>
        HandleAsync(new IncomingMessage { UserId = UserId, ButtonPayload = payload, ClientLanguage = ClientLanguage });

    public async Task<UserProfile?> ProfileAsync() => await Profiles.GetAsync(UserId, CancellationToken.None);

    public async Task<ConversationState?> StateAsync() => await Store.LoadAsync(UserId, CancellationToken.None);

    private async Task<TurnResult> HandleAsync(IncomingMessage message)
    {
        Last = await Engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }
}
