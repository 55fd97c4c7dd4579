using System.Security.Cryptography;
using Assistant.Indicators.Ledger;

namespace Assistant.Storage.PostgreSql.Features;

/// <summary>The anonymous indicator ledger, with the pseudonym as a column so erasure finds a person's events.</summary>
public sealed class PostgreSqlLedgerStore(PostgreSqlDatabase db) : ILedgerStore
{
    private const string SaltId = "pseudonym-salt";

    public async Task<bool> AppendAsync(IndicatorEvent entry, CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "INSERT INTO indicator_events (id, person, record) VALUES (@id, @person, @record::jsonb) ON CONFLICT (id) DO NOTHING",
            new { id = entry.Id, person = entry.Person, record = StorageJson.Write(entry) },
            cancellationToken).ConfigureAwait(false) > 0;

    public Task<IReadOnlyList<IndicatorEvent>> AllAsync(CancellationToken cancellationToken) =>
        db.RecordsAsync<IndicatorEvent>("SELECT record::text FROM indicator_events ORDER BY id COLLATE \"C\"", null, cancellationToken);

    public Task<int> ReplacePersonAsync(string person, string replacement, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            UPDATE indicator_events SET person = @replacement, record = jsonb_set(record, '{person}', to_jsonb(@replacement::text))
            WHERE person = @person
            """,
            new { person, replacement },
            cancellationToken);

    // The first instance to ask creates the salt; every later call, on any instance, reads that one.
    public async Task<byte[]> SaltAsync(CancellationToken cancellationToken)
    {
        await db.ExecuteAsync(
            "INSERT INTO indicator_secrets (id, value) VALUES (@id, @value) ON CONFLICT (id) DO NOTHING",
            new { id = SaltId, value = RandomNumberGenerator.GetBytes(32) },
            cancellationToken).ConfigureAwait(false);
        return (await db.QueryAsync<byte[]>("SELECT value FROM indicator_secrets WHERE id = @id", new { id = SaltId }, cancellationToken).ConfigureAwait(false))[0];
    }
}
