using System.Diagnostics;
using Assistant.Telegram.Fakes;
using Assistant.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Tests.Units;

/// <summary>The poller against the fake Bot API, with a handler whose turns for one chat hang until the test lets them go.</summary>
public sealed class UpdatePollerTests
{
    private const long Slow = 7601;
    private const long Quick = 7602;

    [Fact]
    public async Task A_chat_whose_turn_hangs_holds_up_neither_other_chats_nor_polling()
    {
        await using var fake = await FakeBotApi.StartAsync();
        var handler = new HangingHandler(Slow);
        var poller = Poller(fake, handler);
        await poller.StartAsync(CancellationToken.None);
        try
        {
            fake.SendText(Slow, "Ich brauche einen Menschen");
            await handler.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var sent = Stopwatch.StartNew();
            var quick = fake.SendText(Quick, "/menu");
            await handler.QuickHandled.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // The slow turn hangs for good here; the quick one waits at most the poller's hand-over time.
            Assert.InRange(sent.Elapsed, TimeSpan.Zero, UpdatePoller.HandOver + TimeSpan.FromSeconds(4));
            Assert.False(handler.SlowFinished);
            await fake.WaitUntilAsync(f => f.ConfirmedOffset > quick, what: "the quick update confirmed");

            // The slow chat's next update waits behind its first (order per chat), and runs once that ends.
            fake.SendText(Slow, "Hallo?");
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.Equal(1, handler.SlowSeen);
            handler.Release.SetResult();
            await fake.WaitUntilAsync(_ => handler.SlowSeen == 2, what: "the slow chat's second update");
        }
        finally
        {
            handler.Release.TrySetResult();
            await poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Only_the_instance_that_leads_polls_and_it_stops_when_another_takes_over()
    {
        await using var fake = await FakeBotApi.StartAsync();
        var handler = new HangingHandler(Slow);
        handler.Release.SetResult();
        var lead = new HandedLead();
        var poller = Poller(fake, handler, lead);
        await poller.StartAsync(CancellationToken.None);
        try
        {
            fake.SendText(Quick, "/menu");
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Empty(fake.CallsOf("getUpdates"));

            lead.Take();
            await handler.QuickHandled.Task.WaitAsync(TimeSpan.FromSeconds(30));

            lead.Lose();
            await fake.WaitUntilAsync(f => f.CallsOf("getUpdates").Count > 0, what: "the polls before the lead was lost");
            await Task.Delay(TimeSpan.FromSeconds(2));
            var pollsWhenLost = fake.CallsOf("getUpdates").Count;
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(pollsWhenLost, fake.CallsOf("getUpdates").Count);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    private static UpdatePoller Poller(FakeBotApi fake, IUpdateHandler handler, IPollingLead? lead = null)
    {
        var options = Options.Create(new TelegramOptions { BotToken = fake.Token, ApiBaseUrl = fake.BaseUrl, PollingTimeoutSeconds = 1 });
        var bot = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl) { RetryCount = 0 });
        var dispatcher = new ChatDispatcher(handler, new Lifetime(), NullLogger<ChatDispatcher>.Instance);
        return new UpdatePoller(bot, new UpdateReader(bot, NullLogger<UpdateReader>.Instance), dispatcher, options, lead ?? new SoleInstanceLead(), TimeProvider.System, NullLogger<UpdatePoller>.Instance);
    }

    private sealed class HangingHandler(long slowChat) : IUpdateHandler
    {
        private int _slowSeen;

        public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource QuickHandled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool SlowFinished { get; private set; }

        public int SlowSeen => Volatile.Read(ref _slowSeen);

        public async Task HandleAsync(Update update, CancellationToken cancellationToken)
        {
            if (update.Message!.Chat.Id != slowChat)
            {
                QuickHandled.TrySetResult();
                return;
            }

            if (Interlocked.Increment(ref _slowSeen) == 1)
            {
                // Like a turn that waits on a network call made for someone else.
                SlowStarted.TrySetResult();
                await Release.Task.WaitAsync(cancellationToken);
                SlowFinished = true;
            }
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    /// <summary>A lead handed over by the test: taken, then lost to another instance.</summary>
    private sealed class HandedLead : IPollingLead
    {
        private readonly TaskCompletionSource<CancellationToken> _taken = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenSource _lost = new();

        public void Take() => _taken.TrySetResult(_lost.Token);

        public void Lose() => _lost.Cancel();

        public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken) =>
            _lost.IsCancellationRequested ? Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => CancellationToken.None, TaskScheduler.Default) : _taken.Task.WaitAsync(cancellationToken);
    }
}
