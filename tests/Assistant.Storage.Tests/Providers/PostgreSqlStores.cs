using Assistant.Storage.PostgreSql;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage.Tests.Providers;

/// <summary>The PostgreSQL stores: one new database per test class, emptied before each test.</summary>
public sealed class PostgreSqlStores : StoreProvider
{
    private string? _cluster;
    private string? _database;

    public override async Task InitializeAsync()
    {
        _cluster = TestPostgres.ConnectionString();
        if (_cluster is null || TestPostgres.Skipped)
        {
            return;
        }

        _database = await TestPostgres.CreateDatabaseAsync(_cluster, "contract");
        await using var db = new PostgreSqlDatabase(Options.Create(new PostgreSqlOptions { ConnectionString = _database }));
        await Schema.MigrateAsync(db, CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cluster is not null && _database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_cluster, _database);
        }
    }

    protected override async Task AddStoresAsync(IServiceCollection services)
    {
        Skip.If(TestPostgres.Skipped, "ASSISTANT_SKIP_POSTGRES=1");
        if (_database is null)
        {
            throw new InvalidOperationException(TestPostgres.NotRunning);
        }

        await EmptyAsync(_database);
        services.AddPostgreSqlStorage(Settings(("Storage:PostgreSql:ConnectionString", _database)));
    }

    private static async Task EmptyAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        var tables = (await connection.QueryAsync<string>(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'")).ToList();
        await connection.ExecuteAsync($"TRUNCATE {string.Join(", ", tables)}");
    }
}
