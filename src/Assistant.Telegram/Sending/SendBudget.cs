namespace Assistant.Telegram.Sending;

/// <summary>
/// A token bucket for one chat: <c>burst</c> messages at once, then <c>perSecond</c> on average.
/// Computed from timestamps rather than refilled by a timer, so thousands of idle chats cost nothing.
/// Not thread-safe: the queue sends one message per chat at a time.
/// </summary>
internal sealed class SendBudget(double perSecond, int burst, TimeProvider time)
{
    private double _tokens = burst;
    private long _updatedAt = time.GetTimestamp();

    /// <summary>How long until one more message may go; zero when it may go now.</summary>
    public TimeSpan Wait()
    {
        Refill();
        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }

    public void Take()
    {
        Refill();
        _tokens -= 1;
    }

    /// <summary>True when the bucket is full again, so forgetting it changes nothing.</summary>
    public bool IsFull
    {
        get
        {
            Refill();
            return _tokens >= burst;
        }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_updatedAt, now).TotalSeconds * perSecond));
        _updatedAt = now;
    }
}
