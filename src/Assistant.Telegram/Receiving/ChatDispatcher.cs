using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace Assistant.Telegram.Receiving;

/// <summary>
/// Runs the updates of one chat one after another, in the order they were dispatched, and different
/// chats in parallel. The engine serialises a user's turns but not their order, so order is kept here.
/// A chat's line exists only while it has work, so memory follows the active chats.
/// </summary>
internal sealed class ChatDispatcher(IUpdateHandler handler, IHostApplicationLifetime lifetime, ILogger<ChatDispatcher> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Queue<Work>> _lines = [];

    // Turns block on the store's file lock; more of them at once than this only adds waiting threads.
    private readonly SemaphoreSlim _turns = new(Environment.ProcessorCount * 4);

    /// <summary>Queues <paramref name="update"/> behind its chat's earlier updates; completes when it was handled.</summary>
    public Task DispatchAsync(Update update)
    {
        var chatId = UpdateMapper.ChatOf(update);
        if (chatId is null)
        {
            return RunAsync(update);
        }

        var work = new Work(update, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_lock)
        {
            if (_lines.TryGetValue(chatId.Value, out var line))
            {
                line.Enqueue(work);
                return work.Done.Task;
            }

            _lines[chatId.Value] = new Queue<Work>();
        }

        _ = Task.Run(() => DrainAsync(chatId.Value, work));
        return work.Done.Task;
    }

    private async Task DrainAsync(long chatId, Work first)
    {
        for (var work = first; work is not null; work = Next(chatId))
        {
            await RunAsync(work.Update).ConfigureAwait(false);
            work.Done.TrySetResult();
        }
    }

    private Work? Next(long chatId)
    {
        lock (_lock)
        {
            var line = _lines[chatId];
            if (line.Count > 0)
            {
                return line.Dequeue();
            }

            _lines.Remove(chatId);
            return null;
        }
    }

    private async Task RunAsync(Update update)
    {
        await _turns.WaitAsync().ConfigureAwait(false);
        try
        {
            // The application's token, not a request's: an update that was taken on is finished even
            // when the webhook caller hangs up, or it would count as processed without an answer.
            await handler.HandleAsync(update, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Update {UpdateId} failed", update.Id);
        }
        finally
        {
            _turns.Release();
        }
    }

    private sealed record Work(Update Update, TaskCompletionSource Done);
}
