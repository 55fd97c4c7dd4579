using Assistant.Core.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Assistant;

/// <summary>
/// The Bot API counts as reachable if getMe answered within <c>Health:ChannelReachableSeconds</c>.
/// It asks only when a health check comes and the last answer is older than half that time, so the
/// check costs Telegram at most one call per half period, and none when nobody checks.
/// </summary>
internal sealed class TelegramReachability(ITelegramBotClient bot, TimeProvider time, IOptions<HealthOptions> options) : IChannelHealth
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _asking = new(1, 1);
    private DateTimeOffset? _lastAnswer;
    private string _lastProblem = "not asked yet";

    public string Name => "telegram";

    public async Task<ChannelHealthStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(options.Value.ChannelReachableSeconds);
        if (Age() > window / 2)
        {
            await AskAsync(cancellationToken).ConfigureAwait(false);
        }

        return Age() <= window
            ? new ChannelHealthStatus(true, "the Bot API answered")
            : new ChannelHealthStatus(false, $"the Bot API did not answer ({_lastProblem})");
    }

    private TimeSpan Age() => _lastAnswer is { } at ? time.GetUtcNow() - at : TimeSpan.MaxValue;

    private async Task AskAsync(CancellationToken cancellationToken)
    {
        await _asking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AskTimeout);
            await bot.GetMe(timeout.Token).ConfigureAwait(false);
            _lastAnswer = time.GetUtcNow();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or RequestException)
        {
            // The exception's message may carry the request address, which holds the token: only its kind is kept.
            _lastProblem = e.GetType().Name;
        }
        finally
        {
            _asking.Release();
        }
    }
}
