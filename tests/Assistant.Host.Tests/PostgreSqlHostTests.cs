using System.Net.Http.Json;
using Assistant.Indicators.Ledger;
using Assistant.LocalChat;
using Assistant.Newsletters;
using Assistant.Newsletters.Subscriptions;
using Assistant.Testing;
using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

/// <summary>The real host on PostgreSQL (<c>Storage:Provider</c> = <c>PostgreSql</c>), on a new database of the test cluster.</summary>
public sealed class PostgreSqlHostTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private string? _cluster;
    private string? _database;

    public async Task InitializeAsync()
    {
        Skip.If(TestPostgres.Skipped, "ASSISTANT_SKIP_POSTGRES=1");
        _cluster = TestPostgres.ConnectionString() ?? throw new InvalidOperationException(TestPostgres.NotRunning);
        _database = await TestPostgres.CreateDatabaseAsync(_cluster, "host");
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null && _database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_cluster, _database);
        }

        _temp.Dispose();
    }

    [SkippableFact]
    public async Task A_conversation_goes_on_after_a_restart_with_its_state_in_the_database_and_no_data_file()
    {
        LocalChatEndpoints.ChatButton agree;
        await using (var host = await StartAsync(_temp.File("unused.db"), Settings()))
        {
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            var start = await ChatAsync(http, new { text = "/start", language = "en" });
            Assert.Equal([T("en", "onboarding.welcome"), T("en", "onboarding.notice")], start.Messages.Select(m => m.Text));
            agree = start.Messages[1].Buttons[0][0];
        }

        await using (var restarted = await StartAsync(_temp.File("unused.db"), Settings()))
        {
            using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
            var next = await ChatAsync(http, new { payload = agree.Payload });

            Assert.Equal([T("en", "onboarding.consent_thanks"), T("en", "menu.prompt")], next.Messages.Select(m => m.Text));
        }

        Assert.False(File.Exists(_temp.File("unused.db")));
    }

    [SkippableFact]
    public async Task Readiness_is_a_real_write_to_the_database_and_names_it()
    {
        await using var host = await StartAsync(_temp.File("unused.db"), Settings());
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains($"store: Healthy (the database {new Npgsql.NpgsqlConnectionStringBuilder(_database).Database} on 127.0.0.1:", body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Newsletter_topics_and_the_indicator_pseudonyms_survive_a_restart_in_the_database()
    {
        byte[] salt;
        await using (var host = await StartAsync(_temp.File("unused.db"), Settings()))
        {
            await host.Services.GetRequiredService<ISubscriptionStore>().SaveAsync(
                new NewsletterSubscriber { UserId = 21, Topics = [NewsletterTopics.Events] }, CancellationToken.None);
            salt = await host.Services.GetRequiredService<ILedgerStore>().SaltAsync(CancellationToken.None);
        }

        await using (var restarted = await StartAsync(_temp.File("unused.db"), Settings()))
        {
            Assert.Equal([21L], await restarted.Services.GetRequiredService<ISubscriptionStore>().WithTopicAsync(NewsletterTopics.Events, CancellationToken.None));
            Assert.Equal(salt, await restarted.Services.GetRequiredService<ILedgerStore>().SaltAsync(CancellationToken.None));
        }

        Assert.False(File.Exists(_temp.File("unused.db")));
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:PostgreSql:ConnectionString"] = _database,
    };

    private static async Task<LocalChatEndpoints.ChatResponse> ChatAsync(HttpClient http, object message) =>
        (await (await http.PostAsJsonAsync("/api/chat/21", message)).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>())!;
}
