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
internal sealed class OfferChat : Participant, IDisposable
{
    private readonly ServiceProvider _services;

    public OfferChat(string language, IReadOnlyDictionary<string, string?>? settings = null)
        : this(Start(settings), language)
    {
    }

    private OfferChat(ServiceProvider services, string language)
        : base(services.GetRequiredService<DialogEngine>(), 1, language) => _services = services;

    public new string Language => base.Language!;

    public IServiceProvider Services => _services;

    public OfferContent Content => _services.GetRequiredService<OfferCatalog>().Content;

    public TextCatalog TextCatalog => TestTexts.Catalog;

    public IReadOnlyList<OutgoingMessage> Replies => Last.Replies;

    public IReadOnlyList<string> Texts => LastTexts;

    /// <summary>The text for <paramref name="key"/> in this chat's language.</summary>
    public static string T(string language, string key, params (string Name, string Value)[] values) => TestTexts.T(language, key, values);

    /// <summary>A new user who chose this chat's language and agreed to the privacy notice: the menu is showing.</summary>
    public static async Task<OfferChat> AtMenuAsync(string language, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var chat = new OfferChat(language, settings);
        await chat.OnboardAsync();
        return chat;
    }

    public void Dispose() => _services.Dispose();

    /// <summary>The flow the user is in now, top of the stack.</summary>
    public async Task<string?> CurrentFlowAsync() =>
        (await _services.GetRequiredService<IConversationStore>().LoadAsync(UserId, CancellationToken.None))?.Top?.FlowId;

    private static ServiceProvider Start(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
            ["Dialogs:FlowsPath"] = Repo.Dialogs,
            ["Offers:ContentPath"] = TestContent.Folder,
            ["Offers:WatchForChanges"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(TestWorld.Beginning))
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddSingleton(TestTexts.Catalog)
            .BuildServiceProvider();
    }
}
