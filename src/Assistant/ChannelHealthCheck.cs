using Assistant.Core.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant;

/// <summary>Ready only if every channel can reach its users (on Telegram: the Bot API answered recently).</summary>
internal sealed class ChannelHealthCheck(IEnumerable<IChannelHealth> channels) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = new List<string>();
        foreach (var channel in channels)
        {
            var status = await channel.CheckAsync(cancellationToken).ConfigureAwait(false);
            if (!status.Reachable)
            {
                down.Add($"{channel.Name}: {status.Description}");
            }
        }

        return down.Count == 0 ? HealthCheckResult.Healthy("channels reachable") : HealthCheckResult.Unhealthy(string.Join("; ", down));
    }
}
