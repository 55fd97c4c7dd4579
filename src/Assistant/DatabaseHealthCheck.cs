using Assistant.Storage.PostgreSql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Assistant;

/// <summary>Ready only if a real write reaches the PostgreSQL database; the message names the database, never the password.</summary>
internal sealed class DatabaseHealthCheck(PostgreSqlDatabase db, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.ProbeWriteAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"the database {db.Where} takes writes");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"writes to the database {db.Where} fail ({e.GetType().Name})");
        }
    }
}
