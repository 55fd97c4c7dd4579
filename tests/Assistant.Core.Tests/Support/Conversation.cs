using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Onboarding;
using Assistant.Core.Privacy;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Core.Tests.Support;

/// <summary>
/// One user talking to the real engine with the real flows and texts, the way BotBuilder's
/// DialogTestClient works: send, press, and look at what came back.
/// </summary>
internal sealed class Conversation
{
    private static readonly Lazy<TextCatalog> RealTexts = new(() => TextCatalog.LoadFolder(Repo.Localization));

    public Conversation(long userId = 1, string? clientLanguage = "de", IConversationStore? store = null, IUserProfileStore? profiles = null, IEnumerable<IFlowActions>? extraActions = null, string? flowsFolder = null)
    {
        UserId = userId;
        ClientLanguage = clientLanguage;
        Store = store ?? new InMemoryConversationStore();
        Profiles = profiles ?? new InMemoryUserProfileStore();
        var consent = new ConsentRecorder(Clock);
        IFlowActions[] actions = [new OnboardingActions(consent), new LanguageActions(), new PrivacyActions(consent), .. extraActions ?? []];
        Flows = flowsFolder is null
            ? FlowRegistry.Load(Repo.Dialogs, actions, Texts)
            : new FlowRegistry(
                FlowLoader.LoadFolder(Repo.Dialogs).Concat(FlowLoader.LoadFolder(flowsFolder)),
                actions,
                FlowLoader.LoadSettings<EngineSettings>(Path.Combine(Repo.Dialogs, EngineSettings.FileName)),
                Texts);
        Engine = new DialogEngine(Flows, Texts, Store, Profiles, Clock, NullLogger<DialogEngine>.Instance);
    }

    public static TextCatalog Texts => RealTexts.Value;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    public long UserId { get; }

    public string? ClientLanguage { get; }

    public IConversationStore Store { get; }

    public IUserProfileStore Profiles { get; }

    public FlowRegistry Flows { get; }

    public DialogEngine Engine { get; }

    public TurnResult Last { get; private set; } = new([]);

    public IReadOnlyList<string> LastTexts => Last.Replies.Select(r => r.Text).ToList();

    public Task<TurnResult> SendAsync(string text) => HandleAsync(new IncomingMessage { UserId = UserId, Text = text, ClientLanguage = ClientLanguage, FirstName = "Amina" });

    public Task<TurnResult> SendAsync(IncomingMessage message) => HandleAsync(message);

    /// <summary>Presses the button with this label on the latest message that has buttons.</summary>
    public Task<TurnResult> PressAsync(string label)
    {
        var button = Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ButtonLabels)}");
        return PressPayloadAsync(button.Payload);
    }

    public Task<TurnResult> PressPayloadAsync(string payload) =>
        HandleAsync(new IncomingMessage { UserId = UserId, ButtonPayload = payload, ClientLanguage = ClientLanguage });

    public IReadOnlyList<string> ButtonLabels => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Select(b => b.Label).ToList();

    public IReadOnlyList<Button> Buttons => Last.Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).ToList();

    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public async Task<UserProfile?> ProfileAsync() => await Profiles.GetAsync(UserId, CancellationToken.None);

    public async Task<ConversationState?> StateAsync() => await Store.LoadAsync(UserId, CancellationToken.None);

    private async Task<TurnResult> HandleAsync(IncomingMessage message)
    {
        Last = await Engine.HandleAsync(message, CancellationToken.None);
        return Last;
    }
}
