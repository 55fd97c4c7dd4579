using Assistant.Storage.LiteDb;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant;

/// <summary>Ready only if a real write reaches the data file: a full disk or a lost mount shows here, not only in failed turns.</summary>
internal sealed class StoreHealthCheck(AssistantDatabase db, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            db.ProbeWrite(time.GetUtcNow());
            return Task.FromResult(HealthCheckResult.Healthy("the data file takes writes"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteDB.LiteException or ObjectDisposedException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"writes to the data file fail ({e.GetType().Name})"));
        }
    }
}
