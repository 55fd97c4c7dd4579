namespace Assistant.Core.Hosting;

/// <summary>Whether a channel can reach its users now: counted by the readiness check (<c>/health/ready</c>).</summary>
public interface IChannelHealth
{
    /// <summary>The channel's name, shown in the health report ("telegram").</summary>
    string Name { get; }

    Task<ChannelHealthStatus> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>A channel's state; <paramref name="Description"/> is for operators and holds no personal data.</summary>
public sealed record ChannelHealthStatus(bool Reachable, string Description);
