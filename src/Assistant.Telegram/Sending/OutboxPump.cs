using System.Collections.Concurrent;
using System.Threading.Channels;
using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Telegram.Sending;

/// <summary>
/// Moves messages from the outbox to Telegram. Entries committed in this process are handed over at once
/// (<see cref="OutboxFeed"/>); at start, and then every <see cref="LookEvery"/>, the pump also claims what
/// waits in the store: what a crash left unsent, and anything not handed over. Each entry becomes the Bot API
/// calls of <see cref="OutboundQueue"/>, which keeps every sending limit; when its calls are done the entry is
/// marked done, in batches. A crash between Telegram's answer and that mark sends the message once more after
/// the restart: at most once more, as the entry is then claimed and marked like any other.
/// </summary>
internal sealed class OutboxPump : BackgroundService
{
    internal static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private const int ClaimLimit = 1000;

    private readonly IOutbox _outbox;
    private readonly OutboundQueue _queue;
    private readonly OutboundMapper _mapper;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxPump> _logger;
    // The same after a restart, so the restarted bot frees its own leases at once (see IOutbox.ReleaseAsync).
    private readonly string _claimant;
    // Entries taken in this process: true once marked done in the store. Marked ones are forgotten only when the
    // next look into the store starts, so a look that read an entry just before it was sent and marked skips it.
    private readonly ConcurrentDictionary<long, bool> _held = new();
    private readonly Channel<(long Id, OutboxOutcome Outcome)> _done = Channel.CreateUnbounded<(long, OutboxOutcome)>(new UnboundedChannelOptions { SingleReader = true });

    public OutboxPump(IOutbox outbox, OutboxFeed feed, OutboundQueue queue, OutboundMapper mapper, IOptions<TelegramOptions> options, TimeProvider time, ILogger<OutboxPump> logger)
    {
        _claimant = "telegram@" + (options.Value.Sending.InstanceName is { Length: > 0 } name ? name : Environment.MachineName);
        _outbox = outbox;
        _queue = queue;
        _mapper = mapper;
        _time = time;
        _logger = logger;
        feed.Connect((entries, cancellationToken) => AcceptAsync(entries, cancellationToken, justCommitted: true));
    }

    /// <summary>
    /// Queues the entries' calls, each entry once however often it is handed over or claimed. An entry handed over
    /// <paramref name="justCommitted"/> is new even if its id was sent and marked before in this process: LiteDB
    /// counts ids on from the highest one still stored, so after a restart the id of a message sent and removed
    /// meanwhile is given again.
    /// </summary>
    public async ValueTask AcceptAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken, bool justCommitted = false)
    {
        foreach (var entry in entries)
        {
            if (!_held.TryAdd(entry.Id, false) && !(justCommitted && _held.TryUpdate(entry.Id, false, true)))
            {
                continue;
            }

            var priority = entry.Lane == OutboxLane.Reply ? SendPriority.Reply : SendPriority.Proactive;
            IReadOnlyList<OutboundItem> items;
            try
            {
                items = await _mapper.MapAsync(entry.ChatId, [entry.Message.Message], priority, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                // A message Telegram cannot show (buttons without text): sending it again would fail the same way.
                _logger.LogError(e, "Outbox entry {EntryId} for chat {ChatId} cannot be sent; it is dropped", entry.Id, entry.ChatId);
                Done(entry.Id, OutboxOutcome.GivenUp);
                continue;
            }

            if (items.Count == 0)
            {
                Done(entry.Id, OutboxOutcome.Sent);
                continue;
            }

            var ticket = new OutboxTicket(entry.Id, items.Count, Done);
            _queue.Enqueue(entry.ChatId, [.. items.Select(i => i with { Ticket = ticket })]);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var marking = MarkDoneAsync(stoppingToken);
        try
        {
            await ReleaseAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                await ClaimAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(LookEvery, _time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await marking.ConfigureAwait(false);
    }

    private async Task ClaimAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (id, marked) in _held)
            {
                if (marked)
                {
                    _held.TryRemove(id, out _);
                }
            }

            var now = _time.GetUtcNow();
            IReadOnlyList<OutboxEntry> claimed;
            do
            {
                claimed = await _outbox.ClaimAsync(_claimant, now, now + Lease, ClaimLimit, cancellationToken).ConfigureAwait(false);
                var fresh = claimed.Where(e => !_held.ContainsKey(e.Id)).OrderBy(e => e.Id).ToList();
                if (fresh.Count > 0)
                {
                    _logger.LogInformation("{Count} messages waiting in the outbox are sent now", fresh.Count);
                }

                // In id order, so each chat's lane gets them in the order they were queued.
                await AcceptAsync(fresh, cancellationToken).ConfigureAwait(false);
            }
            while (claimed.Count == ClaimLimit);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Looking into the outbox failed; it is tried again in {Wait}", LookEvery);
        }
    }

    private async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _outbox.ReleaseAsync(_claimant, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "The outbox's leases of an earlier run could not be freed; those messages go out when the leases run out");
        }
    }

    private void Done(long entryId, OutboxOutcome outcome) => _done.Writer.TryWrite((entryId, outcome));

    /// <summary>Marks finished entries in batches: under load one write carries many, which keeps the store's work per message small.</summary>
    private async Task MarkDoneAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(long Id, OutboxOutcome Outcome)>();
        try
        {
            while (await _done.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < 1000 && _done.Reader.TryRead(out var done))
                {
                    batch.Add(done);
                }

                await MarkAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // What was sent during shutdown is marked now; what is not marked is sent again after the restart.
            batch.Clear();
            while (_done.Reader.TryRead(out var done))
            {
                batch.Add(done);
            }

            await MarkAsync(batch, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task MarkAsync(List<(long Id, OutboxOutcome Outcome)> batch, CancellationToken cancellationToken)
    {
        foreach (var group in batch.GroupBy(d => d.Outcome))
        {
            var ids = group.Select(d => d.Id).ToList();
            try
            {
                await _outbox.MarkDoneAsync(ids, group.Key, cancellationToken).ConfigureAwait(false);
                ids.ForEach(id => _held[id] = true);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Still held, so not queued again here; after a restart they are sent once more.
                _logger.LogError(e, "{Count} sent messages could not be marked in the outbox", ids.Count);
            }
        }
    }
}
