namespace Assistant.Telegram;

/// <summary>
/// Keeps the bot token out of exception texts. The Bot API puts the token into every URL
/// (<c>https://api.telegram.org/bot&lt;token&gt;/sendMessage</c>), and whoever holds it controls the bot; an
/// exception thrown below this handler whose text names the URL (a proxy's refusal, a future runtime's
/// wording) is replaced by one with the token masked, before Telegram.Bot wraps it and our logs print it.
/// </summary>
internal sealed class TokenRedactingHandler(string token) : DelegatingHandler
{
    public const string Mask = "<token>";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Names(e, token))
        {
            throw Redacted(e, token);
        }
    }

    /// <summary>The text with the token, as written and as URL-encoded (the colon as %3A), masked.</summary>
    public static string Redact(string text, string token) =>
        token.Length == 0
            ? text
            : text.Replace(token, Mask, StringComparison.Ordinal).Replace(Uri.EscapeDataString(token), Mask, StringComparison.OrdinalIgnoreCase);

    private static bool Names(Exception e, string token)
    {
        var escaped = Uri.EscapeDataString(token);
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current.Message.Contains(token, StringComparison.Ordinal) || current.Message.Contains(escaped, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The same kind of failure for the callers (cancellation stays cancellation, network stays network), with
    // every message in the chain masked; the original's stack goes, as it may hold the URL in its data too.
    private static Exception Redacted(Exception e, string token)
    {
        var inner = e.InnerException is { } i ? Redacted(i, token) : null;
        var message = Redact(e.Message, token);
        return e switch
        {
            TaskCanceledException => new TaskCanceledException(message, inner),
            OperationCanceledException => new OperationCanceledException(message, inner),
            HttpRequestException h => new HttpRequestException(h.HttpRequestError, message, inner, h.StatusCode),
            _ => new HttpRequestException(message, inner),
        };
    }
}
