using Npgsql;

namespace Assistant.Testing;

/// <summary>
/// Where the test cluster of <c>scripts/postgres.sh</c> listens: the variable <c>ASSISTANT_TEST_POSTGRES</c>,
/// or the file the script writes. Without one the PostgreSQL tests fail and say how to start it, unless
/// <c>ASSISTANT_SKIP_POSTGRES=1</c> asks to skip them.
/// </summary>
public static class TestPostgres
{
    public const string NotRunning =
        "PostgreSQL is not running for the tests: start it with 'scripts/postgres.sh start' (it needs the Debian package postgresql), " +
        "or set ASSISTANT_SKIP_POSTGRES=1 to skip the PostgreSQL tests.";

    public static bool Skipped => Environment.GetEnvironmentVariable("ASSISTANT_SKIP_POSTGRES") == "1";

    /// <summary>The cluster's connection string (to its <c>postgres</c> database), or null when none is started.</summary>
    public static string? ConnectionString()
    {
        if (Environment.GetEnvironmentVariable("ASSISTANT_TEST_POSTGRES") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var file = Environment.GetEnvironmentVariable("ASSISTANT_POSTGRES_ENV") is { Length: > 0 } named
            ? named
            : Path.Combine(Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } tmp ? tmp : "/tmp", "assistant-postgres.env");
        const string Key = "ASSISTANT_TEST_POSTGRES=";
        return File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal))?[Key.Length..]
            : null;
    }

    /// <summary>Creates an empty database on the cluster and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string cluster, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(cluster))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(cluster) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string cluster, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(cluster);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
