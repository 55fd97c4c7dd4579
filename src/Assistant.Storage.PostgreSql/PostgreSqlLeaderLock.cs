using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

/// <summary>
/// Decides which one of several instances on one database does the work only one may do: polling Telegram
/// for updates. The leader holds a PostgreSQL session lock (<c>pg_try_advisory_lock</c>) on a connection of
/// its own, outside the pool. When the leader dies its connection closes and the database frees the lock;
/// the others ask every <see cref="RetryEvery"/>, so one of them takes over within seconds. The leader checks
/// its connection just as often and gives up leading (cancels its token) as soon as the connection is gone.
/// </summary>
public sealed class PostgreSqlLeaderLock : BackgroundService
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(3);

    // The two-number form of the advisory lock keys, so it never meets the single-number migration lock.
    private const int LockSpace = 0x4153;
    private const int PollingLock = 0x504F;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgreSqlLeaderLock> _logger;
    private readonly Lock _lock = new();
    private TaskCompletionSource<CancellationToken> _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _term;
    private long _attempts;

    public PostgreSqlLeaderLock(IOptions<PostgreSqlOptions> options, TimeProvider time, ILogger<PostgreSqlLeaderLock> logger)
    {
        // Not pooled: a session lock must end with the connection, never stay behind in a pooled one.
        _connectionString = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = false,
            CommandTimeout = (int)RetryEvery.TotalSeconds * 2,
            ApplicationName = "assistant-leader",
        }.ConnectionString;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether this instance leads now.</summary>
    public bool IsLeader
    {
        get
        {
            lock (_lock)
            {
                return _term is not null;
            }
        }
    }

    /// <summary>How often this instance has asked for the lead so far; for tests and diagnostics.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>Waits until this instance leads; the token returned is cancelled when it stops leading.</summary>
    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _leading.Task.WaitAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LeadWhilePossibleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException or OperationCanceledException)
            {
                // The message names no password: Npgsql leaves it out of its exception texts.
                _logger.LogWarning("The connection for the polling lead was lost or could not be opened ({Reason}); trying again.", e.Message);
            }
            finally
            {
                StopLeading();
            }

            try
            {
                await Task.Delay(RetryEvery, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task LeadWhilePossibleAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
        while (!await TryLockAsync(connection, stoppingToken).ConfigureAwait(false))
        {
            await Task.Delay(RetryEvery, _time, stoppingToken).ConfigureAwait(false);
        }

        StartLeading();
        _logger.LogInformation("This instance now polls Telegram for all instances.");
        while (true)
        {
            await Task.Delay(RetryEvery, _time, stoppingToken).ConfigureAwait(false);
            await using var check = new NpgsqlCommand("SELECT 1", connection);
            await check.ExecuteScalarAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockSpace}, {PollingLock})", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private void StartLeading()
    {
        lock (_lock)
        {
            _term = new CancellationTokenSource();
            _leading.TrySetResult(_term.Token);
        }
    }

    private void StopLeading()
    {
        CancellationTokenSource? ended;
        lock (_lock)
        {
            ended = _term;
            _term = null;
            if (ended is not null)
            {
                _leading = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (ended is not null)
        {
            _logger.LogWarning("This instance no longer polls Telegram; another takes over.");
            // Not disposed: a poller may still be registering on its token.
            ended.Cancel();
        }
    }
}
