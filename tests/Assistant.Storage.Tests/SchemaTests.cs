using Assistant.Storage.PostgreSql;
using Assistant.Storage.Tests.Providers;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage.Tests;

/// <summary>The schema is created and migrated at start, never twice, and a newer database is left alone.</summary>
public sealed class SchemaTests : IAsyncLifetime
{
    private string? _cluster;
    private string? _database;

    public async Task InitializeAsync()
    {
        Skip.If(TestPostgres.Skipped, "ASSISTANT_SKIP_POSTGRES=1");
        _cluster = TestPostgres.ConnectionString() ?? throw new InvalidOperationException(TestPostgres.NotRunning);
        _database = await TestPostgres.CreateDatabaseAsync(_cluster, "schema");
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null && _database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_cluster, _database);
        }
    }

    [SkippableFact]
    public async Task An_empty_database_gets_every_migration_once_even_when_two_instances_start_together()
    {
        await using var db = Open(_database!);

        await Task.WhenAll(Schema.MigrateAsync(db, CancellationToken.None), Schema.MigrateAsync(db, CancellationToken.None));
        await Schema.MigrateAsync(db, CancellationToken.None);

        await using var connection = new NpgsqlConnection(_database);
        Assert.Equal(Enumerable.Range(1, Schema.LatestVersion), await connection.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version"));
        Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('conversations') IS NOT NULL"));
    }

    [SkippableFact]
    public async Task A_database_newer_than_the_code_is_refused_in_one_sentence_and_left_untouched()
    {
        await using (var connection = new NpgsqlConnection(_database))
        {
            await connection.ExecuteAsync("CREATE TABLE schema_version (version int PRIMARY KEY); INSERT INTO schema_version VALUES (1), (99); CREATE TABLE future_things (id int)");
        }

        await using var db = Open(_database!);
        var refused = await Assert.ThrowsAsync<DatabaseException>(() => Schema.MigrateAsync(db, CancellationToken.None));

        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
        Assert.Contains("left untouched", refused.Message, StringComparison.Ordinal);
        await using var check = new NpgsqlConnection(_database);
        Assert.Equal(["future_things", "schema_version"], await check.QueryAsync<string>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
    }

    [SkippableFact]
    public async Task An_unreachable_database_is_named_without_its_password()
    {
        var wrong = new NpgsqlConnectionStringBuilder(_database) { Database = "no_such_database", Password = "s3cret-Passw0rd", Timeout = 30 }.ConnectionString;
        await using var db = Open(wrong);

        var refused = await Assert.ThrowsAsync<DatabaseException>(() => Schema.MigrateAsync(db, CancellationToken.None));

        Assert.Contains("no_such_database", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:PostgreSql:ConnectionString", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Passw0rd", refused.ToString(), StringComparison.Ordinal);
    }

    private static PostgreSqlDatabase Open(string connectionString) =>
        new(Options.Create(new PostgreSqlOptions { ConnectionString = connectionString }));
}
