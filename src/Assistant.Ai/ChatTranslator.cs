using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Ai;

/// <summary>
/// Translates with the configured chat completion service. Personal data is masked with numbered
/// placeholders before the request and put back in the answer; a failure of any kind gives null.
/// </summary>
internal sealed class ChatTranslator(
    AiChat chat,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<ChatTranslator> logger) : ITranslator
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { MaxTokens = 1500, Temperature = 0 };

    public bool IsAvailable => true;

    public async Task<string?> TranslateAsync(string text, string from, string to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.Trim();
        if (input.Length == 0 || from == to)
        {
            return input;
        }

        var masked = PersonalDataMasker.MaskReversibly(input.Length > TranslationPrompt.MaxInputLength ? input[..TranslationPrompt.MaxInputLength] : input);
        using var timeout = new CancellationTokenSource(options.Value.TranslationTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var reply = await chat.Service.GetChatMessageContentAsync(TranslationPrompt.Build(masked.Text, from, to), Settings, cancellationToken: linked.Token).ConfigureAwait(false);
            if (TranslationPrompt.Check(reply.Content, masked.Text, to) is not { } translation)
            {
                logger.LogWarning("Translation {From}→{To} was no translation and was dropped", from, to);
                return null;
            }

            return masked.Restore(translation);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Translation {From}→{To} took longer than {Timeout}", from, to, options.Value.TranslationTimeout);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only the kind of failure and the status: an error body may quote the message.
            logger.LogWarning("Translation {From}→{To} failed with {Error} (status {Status})", from, to, e.GetType().Name, StatusOf(e));
            return null;
        }
    }

    internal static HttpStatusCode? StatusOf(Exception e) => e switch
    {
        HttpOperationException http => http.StatusCode,
        HttpRequestException request => request.StatusCode,
        _ => null,
    };
}
