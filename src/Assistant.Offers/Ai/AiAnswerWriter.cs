using System.Net;
using Assistant.Ai;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Offers.Ai;

/// <summary>
/// Asks the configured AI service to word the answer from the found offers. Any failure, a timeout or
/// an empty reply gives the offline text: the user is never left without an answer because of the AI.
/// </summary>
internal sealed class AiAnswerWriter(
    AiChat chat,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<AiAnswerWriter> logger) : IAnswerWriter
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { MaxTokens = 300, Temperature = 0.2 };

    public async ValueTask<string> WriteAsync(AnswerRequest request, string offlineText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Result.IsConfident)
        {
            // Nothing (or nothing sure) to ground an answer on: the honest offline text is the answer, so
            // the AI never words a doubtful match as if it fitted.
            return offlineText;
        }

        var history = AnswerPrompt.Build(request, options.Value.MaxOfferCount);
        using var timeout = new CancellationTokenSource(options.Value.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = time.GetTimestamp();
        try
        {
            var reply = await chat.Service.GetChatMessageContentAsync(history, Settings, cancellationToken: linked.Token).ConfigureAwait(false);
            var text = reply.Content?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                logger.LogWarning("AI answer in {Language} was empty; the offline answer was sent", request.Language);
                return offlineText;
            }

            logger.LogInformation("AI answer in {Language} written in {Elapsed} ms", request.Language, (long)time.GetElapsedTime(started).TotalMilliseconds);
            return text;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("AI answer in {Language} took longer than {Timeout}; the offline answer was sent", request.Language, options.Value.Timeout);
            return offlineText;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the kind of failure and the status: an error body may quote the prompt.
            logger.LogWarning(
                "AI answer in {Language} failed with {Error} (status {Status}); the offline answer was sent",
                request.Language, e.GetType().Name, StatusOf(e));
            return offlineText;
        }
    }

    private static HttpStatusCode? StatusOf(Exception e) => e switch
    {
        HttpOperationException http => http.StatusCode,
        HttpRequestException request => request.StatusCode,
        _ => null,
    };
}
