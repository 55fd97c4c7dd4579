using System.Collections.Concurrent;
using Assistant.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram.Tests.Units;

public sealed class ChatDispatcherTests
{
    [Fact]
    public async Task Updates_of_one_chat_run_in_order_and_chats_run_side_by_side()
    {
        var handler = new RecordingHandler();
        var dispatcher = new ChatDispatcher(handler, new Lifetime(), NullLogger<ChatDispatcher>.Instance);
        var updates = Enumerable.Range(0, 300).Select(i => TextUpdate(i, chatId: 1 + (i % 3))).ToList();

        await Task.WhenAll(updates.Select(dispatcher.DispatchAsync));

        for (long chat = 1; chat <= 3; chat++)
        {
            var ids = handler.Handled.Where(h => h.Chat == chat).Select(h => h.UpdateId).ToList();
            Assert.Equal(ids.Order(), ids);
            Assert.Equal(100, ids.Count);
        }

        Assert.True(handler.MostAtOnce > 1, "Different chats should be handled at the same time.");
        Assert.True(handler.OverlapWithinAChat == 0, "One chat's updates must never overlap.");
    }

    private static Update TextUpdate(int id, long chatId) => new()
    {
        Id = id,
        Message = new Message { Id = id, Chat = new Chat { Id = chatId, Type = ChatType.Private }, Text = "hi" },
    };

    private sealed class RecordingHandler : IUpdateHandler
    {
        private readonly ConcurrentDictionary<long, int> _running = new();
        private int _atOnce;

        public ConcurrentQueue<(long Chat, int UpdateId)> Handled { get; } = new();

        public int MostAtOnce { get; private set; }

        public int OverlapWithinAChat { get; private set; }

        public async Task HandleAsync(Update update, CancellationToken cancellationToken)
        {
            var chat = update.Message!.Chat.Id;
            if (_running.AddOrUpdate(chat, 1, (_, n) => n + 1) > 1)
            {
                OverlapWithinAChat++;
            }

            MostAtOnce = Math.Max(MostAtOnce, Interlocked.Increment(ref _atOnce));
            await Task.Delay(update.Id % 7 == 0 ? 3 : 0, cancellationToken);
            Handled.Enqueue((chat, update.Id));
            Interlocked.Decrement(ref _atOnce);
            _running.AddOrUpdate(chat, 0, (_, n) => n - 1);
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
}
