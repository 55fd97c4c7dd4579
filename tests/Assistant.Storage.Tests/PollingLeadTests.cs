using Assistant.Storage.PostgreSql;
using Dapper;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Assistant.Storage.Tests;

/// <summary>Two instances on one database: one polls, and the other takes over when the first one's connection drops.</summary>
public sealed class PollingLeadTests : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly List<ServiceProvider> _instances = [];
    private string? _cluster;
    private string? _database;

    public async Task InitializeAsync()
    {
        Skip.If(TestPostgres.Skipped, "ASSISTANT_SKIP_POSTGRES=1");
        _cluster = TestPostgres.ConnectionString() ?? throw new InvalidOperationException(TestPostgres.NotRunning);
        _database = await TestPostgres.CreateDatabaseAsync(_cluster, "lead");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.GetRequiredService<PostgreSqlLeaderLock>().StopAsync(CancellationToken.None);
            await instance.DisposeAsync();
        }

        if (_cluster is not null && _database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_cluster, _database);
        }
    }

    [SkippableFact]
    public async Task Only_one_instance_polls_and_another_takes_over_when_its_connection_drops()
    {
        var first = await StartInstanceAsync();
        var firstTerm = await first.WaitForLeadershipAsync(CancellationToken.None).WaitAsync(Generous);
        var second = await StartInstanceAsync();

        // The second keeps asking and keeps being refused while the first leads.
        await WaitUntilAsync(() => second.Attempts >= 3);
        Assert.False(second.IsLeader);
        Assert.False(firstTerm.IsCancellationRequested);
        Assert.Equal(1, await LeadersInDatabaseAsync());

        await DropLeaderConnectionAsync();

        var secondTerm = await second.WaitForLeadershipAsync(CancellationToken.None).WaitAsync(Generous);
        await WaitUntilAsync(() => firstTerm.IsCancellationRequested);
        Assert.False(secondTerm.IsCancellationRequested);
        Assert.True(second.IsLeader);

        // The first reconnects and asks again, but now follows.
        var attempts = first.Attempts;
        await WaitUntilAsync(() => first.Attempts >= attempts + 2);
        Assert.False(first.IsLeader);
        Assert.Equal(1, await LeadersInDatabaseAsync());
    }

    [SkippableFact]
    public async Task An_instance_that_shuts_down_hands_the_lead_over()
    {
        var first = await StartInstanceAsync();
        var firstTerm = await first.WaitForLeadershipAsync(CancellationToken.None).WaitAsync(Generous);
        var second = await StartInstanceAsync();

        await first.StopAsync(CancellationToken.None);

        Assert.True(firstTerm.IsCancellationRequested);
        await second.WaitForLeadershipAsync(CancellationToken.None).WaitAsync(Generous);
        Assert.False(first.IsLeader);
    }

    private async Task<PostgreSqlLeaderLock> StartInstanceAsync()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:PostgreSql:ConnectionString", _database)]).Build();
        var instance = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddPostgreSqlStorage(settings).AddPostgreSqlPollingLead().BuildServiceProvider();
        _instances.Add(instance);
        var lead = instance.GetRequiredService<PostgreSqlLeaderLock>();
        await lead.StartAsync(CancellationToken.None);
        return lead;
    }

    /// <summary>Ends the leading session from the server side, as when the leader's machine or network dies.</summary>
    private async Task DropLeaderConnectionAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        var dropped = await connection.ExecuteScalarAsync<int>(
            "SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        Assert.Equal(1, dropped);
    }

    private async Task<int> LeadersInDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Generous);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
        }
    }
}
