namespace Assistant.Core.Staff;

/// <summary>
/// The staff chat cannot take a post that needs an answer from it now (Telegram asked to wait, or failed
/// on the way). Nothing was posted; the caller tries again later, after <see cref="RetryAfter"/> when given.
/// </summary>
public sealed class StaffChatUnavailableException(string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>How long the chat asked to wait (Telegram's <c>retry_after</c>); null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
