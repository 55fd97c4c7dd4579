using Assistant.Core.Conversations;
using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Telegram.Sending;

/// <summary>
/// The one way out to Telegram for every message, replies and proactive ones alike. Each chat has a
/// lane that sends one call at a time, so a chat gets its messages in the order they were queued.
/// A pump takes ready lanes, replies first, at no more than <see cref="SendingOptions.GlobalPerSecond"/>;
/// each lane keeps its chat's own budget. 429 pauses the chat for <c>retry_after</c>, 5xx and network
/// errors are retried with growing waits, and 403 drops the chat's messages and marks the user unreachable.
/// The queue itself lives in memory; messages from the outbox (<see cref="OutboxPump"/>) carry a ticket that is
/// told when their calls are done, so what is still queued when the process ends is sent after the restart.
/// </summary>
public sealed class OutboundQueue : BackgroundService
{
    private static readonly TimeSpan DrainOnStop = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly OutboundMapper _mapper;
    private readonly TelegramSender _sender;
    private readonly UnreachableMarker _unreachable;
    private readonly SendingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundQueue> _logger;
    private readonly GlobalRateLimit _globalLimit;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Lane> _lanes = [];
    private readonly Queue<Lane> _readyReplies = new();
    private readonly Queue<Lane> _readyProactive = new();
    private readonly SemaphoreSlim _readyCount = new(0);
    private TaskCompletionSource _idle = CompletedIdle();
    private CancellationToken _stopping = CancellationToken.None;
    private long _nextSweep;
    private int _pending;

    internal OutboundQueue(OutboundMapper mapper, TelegramSender sender, UnreachableMarker unreachable, IOptions<TelegramOptions> options, TimeProvider time, ILogger<OutboundQueue> logger)
    {
        _mapper = mapper;
        _sender = sender;
        _unreachable = unreachable;
        _options = options.Value.Sending;
        _time = time;
        _logger = logger;
        _globalLimit = new GlobalRateLimit(_options.GlobalPerSecond, TimeSpan.FromSeconds(1), time);
        _nextSweep = time.GetTimestamp();
    }

    /// <summary>Messages queued and not yet sent or given up on.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues <paramref name="messages"/> for <paramref name="chatId"/> after everything already queued for it.</summary>
    public async ValueTask EnqueueAsync(long chatId, IReadOnlyList<OutgoingMessage> messages, SendPriority priority, CancellationToken cancellationToken)
    {
        var items = await _mapper.MapAsync(chatId, messages, priority, cancellationToken).ConfigureAwait(false);
        Enqueue(chatId, items);
    }

    /// <summary>Completes when nothing is queued any more.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    internal void Enqueue(long chatId, IReadOnlyList<OutboundItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_pending == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            _pending += items.Count;
            if (!_lanes.TryGetValue(chatId, out var lane))
            {
                // Negative ids are groups and channels in the Bot API; they have the stricter per-minute limit.
                lane = chatId < 0
                    ? new Lane(new SendBudget(_options.GroupPerMinute / 60, 1, _time))
                    : new Lane(new SendBudget(_options.PrivateChatPerSecond, _options.PrivateChatBurst, _time));
                _lanes[chatId] = lane;
            }

            foreach (var item in items)
            {
                lane.Items.Enqueue(item);
            }

            if (!lane.Active)
            {
                lane.Active = true;
                ScheduleLocked(lane, TimeSpan.Zero);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            while (true)
            {
                await _readyCount.WaitAsync(stoppingToken).ConfigureAwait(false);
                var slot = await _globalLimit.AcquireAsync(stoppingToken).ConfigureAwait(false);
                Lane lane;
                lock (_lock)
                {
                    // Chosen after the wait for the overall limit, so a reply that came meanwhile still goes first.
                    lane = _readyReplies.Count > 0 ? _readyReplies.Dequeue() : _readyProactive.Dequeue();
                    SweepLocked();
                }

                _ = SendHeadAsync(lane, slot, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Let what is queued go out first (the receivers stop before this queue), but not for long.
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        drain.CancelAfter(DrainOnStop);
        try
        {
            await WhenIdleAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("{Pending} queued Telegram calls were not sent before shutdown", Pending);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SendHeadAsync(Lane lane, IDisposable globalSlot, CancellationToken cancellationToken)
    {
        OutboundItem item;
        lock (_lock)
        {
            item = lane.Items.Peek();
            if (item.IsNewMessage)
            {
                lane.Budget.Take();
            }
        }

        SendOutcome outcome;
        try
        {
            outcome = await _sender.SendAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Sending a {Item} to chat {ChatId} failed unexpectedly; it is dropped", item.GetType().Name, item.ChatId);
            outcome = new SendOutcome(SendResult.Failed);
        }
        finally
        {
            globalSlot.Dispose();
        }

        var delay = TimeSpan.Zero;
        var dropped = 0;
        switch (outcome.Result)
        {
            case SendResult.Sent or SendResult.Failed:
                dropped = 1;
                break;
            case SendResult.TooManyRequests:
                delay = outcome.RetryAfter;
                break;
            case SendResult.Transient when ++lane.FailedAttempts >= _options.MaxAttempts:
                _logger.LogError("Gave up sending a {Item} to chat {ChatId} after {Attempts} attempts", item.GetType().Name, item.ChatId, lane.FailedAttempts);
                dropped = 1;
                break;
            case SendResult.Transient:
                var backoff = TimeSpan.FromSeconds(_options.FirstRetryDelaySeconds * Math.Pow(2, lane.FailedAttempts - 1));
                delay = backoff < MaxRetryDelay ? backoff : MaxRetryDelay;
                break;
            case SendResult.Blocked:
                lock (_lock)
                {
                    dropped = lane.Items.Count;
                }

                await _unreachable.MarkAsync(item.ChatId, cancellationToken).ConfigureAwait(false);
                break;
        }

        lock (_lock)
        {
            var done = outcome.Result switch
            {
                SendResult.Sent => OutboxOutcome.Sent,
                SendResult.Blocked => OutboxOutcome.Unreachable,
                _ => OutboxOutcome.GivenUp,
            };
            for (var i = 0; i < dropped; i++)
            {
                lane.Items.Dequeue().Ticket?.CallDone(done);
                lane.FailedAttempts = 0;
            }

            _pending -= dropped;
            if (_pending == 0)
            {
                _idle.TrySetResult();
            }

            if (lane.Items.Count == 0)
            {
                lane.Active = false;
                return;
            }

            ScheduleLocked(lane, delay);
        }
    }

    /// <summary>Puts a lane on a ready queue once both the given delay and its chat's budget allow.</summary>
    private void ScheduleLocked(Lane lane, TimeSpan delay)
    {
        var budgetWait = lane.Items.Peek().IsNewMessage ? lane.Budget.Wait() : TimeSpan.Zero;
        var wait = delay > budgetWait ? delay : budgetWait;
        if (wait <= TimeSpan.Zero)
        {
            MarkReadyLocked(lane);
            return;
        }

        _ = ReadyAfterAsync(lane, wait);
    }

    private async Task ReadyAfterAsync(Lane lane, TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, _time, _stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_lock)
        {
            // Asked again rather than assumed: timers round, and a 429 wait says nothing about the budget.
            ScheduleLocked(lane, TimeSpan.Zero);
        }
    }

    private void MarkReadyLocked(Lane lane)
    {
        (lane.Items.Peek().Priority == SendPriority.Reply ? _readyReplies : _readyProactive).Enqueue(lane);
        _readyCount.Release();
    }

    /// <summary>Forgets idle chats whose budget is full again, so memory follows the active chats only.</summary>
    private void SweepLocked()
    {
        if (_time.GetTimestamp() < _nextSweep)
        {
            return;
        }

        _nextSweep = _time.GetTimestamp() + (long)(SweepEvery.TotalSeconds * _time.TimestampFrequency);
        foreach (var (chatId, lane) in _lanes.Where(l => !l.Value.Active && l.Value.Budget.IsFull).ToList())
        {
            _lanes.Remove(chatId);
        }
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    private sealed class Lane(SendBudget budget)
    {
        public SendBudget Budget { get; } = budget;

        public Queue<OutboundItem> Items { get; } = new();

        /// <summary>On a ready queue, being sent, or waiting for its time; a lane is never in two of these at once.</summary>
        public bool Active { get; set; }

        public int FailedAttempts { get; set; }
    }
}
