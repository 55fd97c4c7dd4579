namespace Assistant.Telegram.Tests;

/// <summary>
/// Real time shifted by an offset the test moves forward. Timers stay real, so the outbound queue's pacing and
/// the poller behave as in production; only "what time is it" jumps (a reminder's day, an offer's deadline).
/// After <see cref="Advance"/>, wake the scheduler: it may be asleep on a real timer set for the old time.
/// </summary>
internal sealed class TravellingClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _startOffset = start - TimeProvider.System.GetUtcNow();
    private long _travelledTicks;

    public override DateTimeOffset GetUtcNow() =>
        TimeProvider.System.GetUtcNow() + _startOffset + TimeSpan.FromTicks(Interlocked.Read(ref _travelledTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _travelledTicks, by.Ticks);

    /// <summary>Moves on to <paramref name="moment"/> (never backwards).</summary>
    public void AdvanceTo(DateTimeOffset moment)
    {
        var by = moment - GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Advance(by);
        }
    }
}
