using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Assistant.Ai;

namespace Assistant.Handoff.Translation;

/// <summary>
/// Translations that outlive the turn that started them: the relay waits <c>Ai:TranslationWait</c> for one and
/// then lets the original go on, while the translation finishes here and is posted after it. Stopped (and
/// waited for) when the host stops.
/// </summary>
internal sealed class PendingTranslations(IOptions<AiOptions> options, TimeProvider time, ILogger<PendingTranslations> logger) : IAsyncDisposable, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private int _disposed;

    /// <summary>Starts <paramref name="work"/> on its own, not bound to the turn's cancellation.</summary>
    public Task<T> Start<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = Task.Run(() => work(_stopping.Token));
        Track(task);
        return task;
    }

    /// <summary>True when <paramref name="task"/> finished within <c>Ai:TranslationWait</c>.</summary>
    public async Task<bool> WaitAsync(Task task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var done = await Task.WhenAny(task, Task.Delay(options.Value.TranslationWait, time, wait.Token)).ConfigureAwait(false) == task;
        await wait.CancelAsync().ConfigureAwait(false);
        return done;
    }

    /// <summary>Runs what follows a late translation (posting it, or the note that it was dropped).</summary>
    public void Follow(Func<CancellationToken, Task> work) => Track(Task.Run(() => work(_stopping.Token)));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Keys).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
            // Stopping: a translation cut short is simply not posted.
        }
    }

    /// <summary>For a container disposed without awaiting: late translations are cut short, not waited for.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
        }
    }

    private void Track(Task task)
    {
        _running[task] = 0;
        _ = task.ContinueWith(
            t =>
            {
                _running.TryRemove(t, out _);
                if (t.IsFaulted)
                {
                    logger.LogWarning("A late translation failed with {Error}", t.Exception!.InnerException?.GetType().Name);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
