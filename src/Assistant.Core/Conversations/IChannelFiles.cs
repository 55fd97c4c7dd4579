namespace Assistant.Core.Conversations;

/// <summary>
/// Fetches the bytes of a file a user sent, by the channel's own id, for the few features that must read
/// one (a voice message to transcribe). Nothing is kept: the caller uses the bytes and drops them.
/// </summary>
public interface IChannelFiles
{
    /// <summary>The file's bytes, or null when the channel cannot give them (too large, gone, no such channel).</summary>
    Task<byte[]?> DownloadAsync(Attachment file, CancellationToken cancellationToken);
}

/// <summary>A channel that cannot hand out files (the local chat): voice messages go to staff as they are.</summary>
public sealed class NoChannelFiles : IChannelFiles
{
    public Task<byte[]?> DownloadAsync(Attachment file, CancellationToken cancellationToken) => Task.FromResult<byte[]?>(null);
}
