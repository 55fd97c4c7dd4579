using Assistant.Storage.PostgreSql.Features;
using Dapper;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Creates and migrates the tables at start. Each migration runs once, in order, in one transaction with
/// its number in <c>schema_version</c>. Migrations are only ever appended: a released one never changes,
/// and none drops data. A database newer than this code is left untouched and the start refused.
/// </summary>
public static class Schema
{
    // Any fixed number: instances starting together wait for each other instead of migrating twice.
    private const long MigrationLock = 0x4153_5349_5354;

    internal static readonly IReadOnlyList<string> Migrations =
    [
        SchemaV1.Sql,
        SchemaV2.Sql,
        SchemaNewslettersAndIndicators.Sql,
    ];

    public static int LatestVersion => Migrations.Count;

    public static async Task MigrateAsync(PostgreSqlDatabase db, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await Run(connection, "SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, cancellationToken).ConfigureAwait(false);
            var stored = await StoredVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            if (stored > LatestVersion)
            {
                throw DatabaseException.Newer(stored, LatestVersion);
            }

            await Run(connection, "CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", null, cancellationToken).ConfigureAwait(false);
            for (var version = stored + 1; version <= LatestVersion; version++)
            {
                await Run(connection, Migrations[version - 1], null, cancellationToken).ConfigureAwait(false);
                await Run(connection, "INSERT INTO schema_version (version) VALUES (@version)", new { version }, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw DatabaseException.Unreachable(db.Where, e);
        }
    }

    private static async Task<int> StoredVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_version') IS NOT NULL", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return exists
            ? await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken: cancellationToken)).ConfigureAwait(false)
            : 0;
    }

    private static Task<int> Run(NpgsqlConnection connection, string sql, object? args, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken));
}
