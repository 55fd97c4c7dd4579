namespace Assistant.Telegram.Sending;

/// <summary>
/// Telegram's overall limit as Telegram counts it: at most <c>perWindow</c> sends arriving in any
/// <c>window</c>. A slot is free again one window after the answer to its send came back, not after
/// the send left: a request cannot arrive later than its answer, so however the network delays single
/// requests, no window at Telegram ever holds more than <c>perWindow</c> of them. Bursts are allowed.
/// </summary>
internal sealed class GlobalRateLimit(int perWindow, TimeSpan window, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<Slot> _slots = new();
    private TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits for a free slot; dispose the slot when the send's answer (or failure) is in.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_lock)
            {
                var now = time.GetTimestamp();
                while (_slots.TryPeek(out var oldest) && oldest.AnsweredAt is { } at && time.GetElapsedTime(at, now) >= window)
                {
                    _slots.Dequeue();
                }

                if (_slots.Count < perWindow)
                {
                    var slot = new Slot(this);
                    _slots.Enqueue(slot);
                    return slot;
                }

                // The oldest send is still on its way: its answer decides when its slot frees up.
                wait = _slots.Peek().AnsweredAt is { } answered
                    ? Task.Delay(window - time.GetElapsedTime(answered, now), time, cancellationToken)
                    : _answered.Task.WaitAsync(cancellationToken);
            }

            await wait.ConfigureAwait(false);
        }
    }

    private void Answered(Slot slot)
    {
        lock (_lock)
        {
            slot.AnsweredAt ??= time.GetTimestamp();
            _answered.TrySetResult();
            _answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed class Slot(GlobalRateLimit owner) : IDisposable
    {
        public long? AnsweredAt { get; set; }

        public void Dispose() => owner.Answered(this);
    }
}
