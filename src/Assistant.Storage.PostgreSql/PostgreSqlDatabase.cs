using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// The connection pool every store shares, and the small helpers they use. Several bot instances may
/// use one database: every check-and-write is one statement or one transaction with a row lock.
/// </summary>
public sealed class PostgreSqlDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlDatabase(IOptions<PostgreSqlOptions> options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        Where = $"{builder.Database} on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The database and server, for messages; never the password.</summary>
    public string Where { get; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns.</summary>
    public async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>A real write, for the readiness check.</summary>
    public async Task ProbeWriteAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "INSERT INTO health_probe (id, at_ticks) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at_ticks = excluded.at_ticks", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = now.UtcTicks });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
