using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Storage;
using Assistant.Extensions;
using Assistant.Offers.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Offers.Tests.Flows;

/// <summary>
/// One user talking to the real engine with the host's own service list: the real flows, texts and
/// offers, on a temporary data file. Send, press, and look at what came back.
/// </summary>
internal sealed class OfferChat : IDisposable
{
    private static readonly Lazy<TextCatalog> RealTexts = new(() => TextCatalog.LoadFolder(Path.Combine(TestContent.RepoRoot, "localization")));
    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), $"offers-chat-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;
    private readonly DialogEngine _engine;

    public OfferChat(string language, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Language = language;
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = _dataFile,
            ["Dialogs:FlowsPath"] = Path.Combine(TestContent.RepoRoot, "dialogs"),
            ["Offers:ContentPath"] = TestContent.Folder,
            ["Offers:WatchForChanges"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)))
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddSingleton(RealTexts.Value)
            .BuildServiceProvider();
        _engine = _services.GetRequiredService<DialogEngine>();
    }

    public string Language { get; }

    public IServiceProvider Services => _services;

    public OfferContent Content => _services.GetRequiredService<OfferCatalog>().Content;

    public TextCatalog TextCatalog => RealTexts.Value;

    public IReadOnlyList<OutgoingMessage> Replies { get; private set; } = [];

    public IReadOnlyList<string> Texts => Replies.Select(r => r.Text).ToList();

    public IReadOnlyList<string> ButtonLabels => Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).Select(b => b.Label).ToList();

    /// <summary>The text for <paramref name="key"/> in this chat's language.</summary>
    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        RealTexts.Value.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public string T(string key, params (string Name, string Value)[] values) => T(Language, key, values);

    /// <summary>A new user who chose this chat's language and agreed to the privacy notice: the menu is showing.</summary>
    public static async Task<OfferChat> AtMenuAsync(string language, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var chat = new OfferChat(language, settings);
        await chat.SendAsync("/start");
        await chat.PressAsync(chat.T("onboarding.keep_language"));
        await chat.PressAsync(chat.T("onboarding.agree"));
        return chat;
    }

    public Task SendAsync(string text) =>
        HandleAsync(new IncomingMessage { UserId = 1, Text = text, ClientLanguage = Language, FirstName = "Amina" });

    /// <summary>Presses the button with this label on the latest message that has buttons.</summary>
    public Task PressAsync(string label)
    {
        var button = Replies.SelectMany(r => r.Buttons.SelectMany(row => row)).LastOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException($"No button '{label}' in: {string.Join(" | ", ButtonLabels)}");
        return HandleAsync(new IncomingMessage { UserId = 1, ButtonPayload = button.Payload, ClientLanguage = Language });
    }

    public void Dispose()
    {
        _services.Dispose();
        File.Delete(_dataFile);
    }

    /// <summary>The flow the user is in now, top of the stack.</summary>
    public async Task<string?> CurrentFlowAsync() =>
        (await _services.GetRequiredService<IConversationStore>().LoadAsync(1, CancellationToken.None))?.Top?.FlowId;

    private async Task HandleAsync(IncomingMessage message) =>
        Replies = (await _engine.HandleAsync(message, CancellationToken.None)).Replies;
}
