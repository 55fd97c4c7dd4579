using Assistant.Ai;
using Assistant.Offers.Ai;
using Assistant.Offers.Flows;
using Assistant.Offers.Search;
using Assistant.FakeOpenAi;
using Assistant.Offers.Tests.Flows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Offers.Tests.Ai;

/// <summary>The real Semantic Kernel OpenAI connector against a fake OpenAI-compatible server on 127.0.0.1.</summary>
public sealed class AiAnswerTests : IAsyncLifetime
{
    private const string Offline = "offline answer";
    private FakeOpenAiServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task The_prompt_holds_the_found_offers_in_the_users_language_and_the_answer_is_the_ai_text()
    {
        _fake.Reply = "Вам подходят «Проект для женщин» и «Женская группа».";
        using var services = Services(_fake.Endpoint);
        var request = Request(services, "Курсы для женщин и встречи женщин", "ru");

        var answer = await Writer(services).WriteAsync(request, Offline, CancellationToken.None);

        Assert.Equal(_fake.Reply, answer);
        var prompt = Assert.Single(_fake.Prompts);
        Assert.All(request.Result.Matches, m => Assert.Contains(m.Offer.Text("ru").Title, prompt, StringComparison.Ordinal));
        Assert.Contains(request.Result.Matches[0].Offer.Text("ru").WhenWhere, prompt, StringComparison.Ordinal);
        Assert.Contains("Russian", prompt, StringComparison.Ordinal);
        Assert.Contains("Курсы для женщин и встречи женщин", prompt, StringComparison.Ordinal);
        var others = services.GetRequiredService<OfferSearch>().Rank("Курсы для женщин и встречи женщин", "ru", 20)
            .Where(m => request.Result.Matches.All(r => r.Offer.Id != m.Offer.Id));
        Assert.All(others, m => Assert.DoesNotContain(m.Offer.Text("ru").Title, prompt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phone_numbers_emails_and_names_in_the_question_never_leave_the_machine()
    {
        using var services = Services(_fake.Endpoint);
        var question = "Меня зовут Анна Петрова, телефон +49 171 2345678, почта anna.petrova@example.org. Хочу карту Sozialpass для бассейна.";
        var request = Request(services, question, "ru");
        Assert.True(request.Result.IsGoodMatch);

        await Writer(services).WriteAsync(request, Offline, CancellationToken.None);

        var raw = Assert.Single(_fake.Requests);
        var prompt = Assert.Single(_fake.Prompts);
        foreach (var secret in new[] { "+49 171 2345678", "2345678", "anna.petrova@example.org", "Анна", "Петрова" })
        {
            Assert.DoesNotContain(secret, prompt, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }

        Assert.Contains("[phone]", prompt, StringComparison.Ordinal);
        Assert.Contains("[email]", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_gives_the_offline_answer()
    {
        _fake.StatusCode = 500;
        using var services = Services(_fake.Endpoint);

        var answer = await Writer(services).WriteAsync(Request(services, "Sozialpass", "de"), Offline, CancellationToken.None);

        Assert.Equal(Offline, answer);
        Assert.NotEmpty(_fake.Requests);
    }

    [Fact]
    public async Task A_slow_server_gives_the_offline_answer_at_the_timeout()
    {
        _fake.Delay = TimeSpan.FromSeconds(30);
        using var services = Services(_fake.Endpoint, timeout: "00:00:00.300");
        var writer = Writer(services);
        var request = Request(services, "Sozialpass", "de");
        var started = TimeProvider.System.GetTimestamp();

        var answer = await writer.WriteAsync(request, Offline, CancellationToken.None);

        Assert.Equal(Offline, answer);
        // Far below the server's delay, with room for a busy test machine.
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_empty_reply_gives_the_offline_answer()
    {
        _fake.Reply = "  ";
        using var services = Services(_fake.Endpoint);

        var answer = await Writer(services).WriteAsync(Request(services, "Sozialpass", "de"), Offline, CancellationToken.None);

        Assert.Equal(Offline, answer);
    }

    [Fact]
    public async Task When_nothing_fits_nothing_is_sent()
    {
        using var services = Services(_fake.Endpoint);

        var answer = await Writer(services).WriteAsync(Request(services, "What's the weather on Mars?", "en"), Offline, CancellationToken.None);

        Assert.Equal(Offline, answer);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task In_a_conversation_the_ai_text_replaces_only_the_text_and_the_card_stays()
    {
        _fake.Reply = "Попробуйте «Языковое кафе».";
        using var offline = await OfferChat.AtMenuAsync("ru");
        using var withAi = await OfferChat.AtMenuAsync("ru", Settings(_fake.Endpoint));

        await offline.SendAsync("Где можно бесплатно учить немецкий?");
        await withAi.SendAsync("Где можно бесплатно учить немецкий?");

        Assert.Equal([offline.T("questions.found"), offline.Texts[1]], offline.Texts);
        Assert.Equal([_fake.Reply, offline.Texts[1]], withAi.Texts);
        Assert.Equal(offline.ButtonLabels, withAi.ButtonLabels);
    }

    // Generous: these tests are about what is answered, and a cold start on a busy machine can take seconds;
    // only the slow-server test sets a short timeout.
    private const string GenerousTimeout = "00:00:30";

    private static Dictionary<string, string?> Settings(string endpoint, string timeout = GenerousTimeout) => new()
    {
        ["Ai:Provider"] = "OpenAICompatible",
        ["Ai:Endpoint"] = endpoint,
        ["Ai:Model"] = "fake-model",
        ["Ai:Timeout"] = timeout,
    };

    private static ServiceProvider Services(string endpoint, string timeout = GenerousTimeout)
    {
        var settings = Settings(endpoint, timeout);
        settings["Offers:ContentPath"] = TestContent.Folder;
        return new ServiceCollection()
            .AddLogging()
            .AddOffers(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
    }

    private static IAnswerWriter Writer(IServiceProvider services) => services.GetRequiredService<IAnswerWriter>();

    private static AnswerRequest Request(IServiceProvider services, string question, string language) =>
        new(question, language, services.GetRequiredService<OfferSearch>().Search(question, language));
}
