using Dapper;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>One statement on a pooled connection: the stores' everyday reads and writes.</summary>
internal static class Sql
{
    public static async Task<int> ExecuteAsync(this PostgreSqlDatabase db, string sql, object? args, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this PostgreSqlDatabase db, string sql, object? args, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    /// <summary>Records kept as <c>jsonb</c> in the <c>record</c> column; <paramref name="sql"/> selects <c>record::text</c>.</summary>
    public static async Task<IReadOnlyList<T>> RecordsAsync<T>(this PostgreSqlDatabase db, string sql, object? args, CancellationToken cancellationToken) =>
        (await db.QueryAsync<string>(sql, args, cancellationToken).ConfigureAwait(false)).Select(StorageJson.Read<T>).ToList();

    public static async Task<T?> RecordAsync<T>(this PostgreSqlDatabase db, string sql, object? args, CancellationToken cancellationToken)
        where T : class =>
        (await db.RecordsAsync<T>(sql, args, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
}

/// <summary>Statements inside a transaction (<see cref="PostgreSqlDatabase.InTransactionAsync{T}"/>): read with a row lock, then write.</summary>
internal static class TransactionSql
{
    public static async Task<IReadOnlyList<T>> RecordsAsync<T>(this NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object? args, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<string>(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(StorageJson.Read<T>).ToList();
    }

    public static Task<int> ExecuteAsync(this NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object? args, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
}
