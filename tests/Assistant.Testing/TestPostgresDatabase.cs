using Npgsql;

namespace Assistant.Testing;

/// <summary>
/// A new database on the test cluster for one test class: emptied before each test, dropped at the end.
/// The tables are the caller's (it migrates with the store's own schema), so this knows no store.
/// </summary>
public sealed class TestPostgresDatabase : IAsyncDisposable
{
    private readonly string _cluster;

    private TestPostgresDatabase(string cluster, string connectionString)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<TestPostgresDatabase> CreateAsync(string prefix)
    {
        var cluster = TestPostgres.ConnectionString() ?? throw new InvalidOperationException(TestPostgres.NotRunning);
        return new TestPostgresDatabase(cluster, await TestPostgres.CreateDatabaseAsync(cluster, prefix));
    }

    /// <summary>Removes every row but the schema version, so each test starts from a migrated, empty database.</summary>
    public async Task EmptyAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var empty = new NpgsqlCommand(
            """
            DO $$ BEGIN
              EXECUTE (SELECT 'TRUNCATE ' || string_agg(quote_ident(tablename), ', ')
                       FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version');
            END $$
            """,
            connection);
        await empty.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await TestPostgres.DropDatabaseAsync(_cluster, ConnectionString);
}
