namespace Assistant.Telegram.Receiving;

/// <summary>
/// Who may poll Telegram: only one process per bot token may ask for updates. With several instances on one
/// database one of them leads (a database lock); a single bot always leads.
/// </summary>
public interface IPollingLead
{
    /// <summary>Waits until this instance leads; the token returned is cancelled when it stops leading.</summary>
    Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken);
}

/// <summary>The lead of a bot that runs alone: always, for good.</summary>
public sealed class SoleInstanceLead : IPollingLead
{
    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken) => Task.FromResult(CancellationToken.None);
}
