using Assistant.Core.Storage;

namespace Assistant.Telegram.Sending;

/// <summary>
/// One outbox entry on its way out: a message may take several Bot API calls (a long text in parts, a file);
/// when the last of them is done, the entry is reported done with the worst outcome among them.
/// </summary>
internal sealed class OutboxTicket(long entryId, int calls, Action<long, OutboxOutcome> done)
{
    private int _left = calls;
    private int _worst = (int)OutboxOutcome.Sent;

    public long EntryId { get; } = entryId;

    public void CallDone(OutboxOutcome outcome)
    {
        InterlockedMax(ref _worst, (int)outcome);
        if (Interlocked.Decrement(ref _left) == 0)
        {
            done(EntryId, (OutboxOutcome)Volatile.Read(ref _worst));
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
