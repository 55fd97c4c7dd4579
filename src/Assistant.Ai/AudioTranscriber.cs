using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Ai;

/// <summary>
/// Sends a voice message to the provider's <c>/audio/transcriptions</c> endpoint (OpenAI's API, which
/// OpenAI-compatible servers copy) and returns the text. Any failure gives null: the audio still goes to staff.
/// </summary>
internal sealed class AudioTranscriber(
    HttpClient http,
    IOptions<AiOptions> options,
    TimeProvider time,
    ILogger<AudioTranscriber> logger) : ISpeechToText
{
    private const string OpenAiEndpoint = "https://api.openai.com/v1";

    public bool IsAvailable => !string.IsNullOrWhiteSpace(options.Value.TranscriptionModel);

    public async Task<string?> TranscribeAsync(byte[] audio, string fileName, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (!IsAvailable || audio.Length == 0)
        {
            return null;
        }

        var o = options.Value;
        using var timeout = new CancellationTokenSource(o.TranslationTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(audio);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(o.TranscriptionModel!), "model");
        form.Add(new StringContent(language), "language");
        form.Add(new StringContent("json"), "response_format");
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(o)) { Content = form };
        if (!string.IsNullOrWhiteSpace(o.ApiKey))
        {
            if (o.Provider == AiProvider.AzureOpenAI)
            {
                request.Headers.Add("api-key", o.ApiKey);
            }
            else
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
            }
        }

        try
        {
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Transcription in {Language} failed with status {Status}", language, (int)response.StatusCode);
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: linked.Token).ConfigureAwait(false);
            var text = json.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()?.Trim() : null;
            return string.IsNullOrEmpty(text) ? null : text;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Transcription in {Language} took longer than {Timeout}", language, o.TranslationTimeout);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            logger.LogWarning("Transcription in {Language} failed with {Error}", language, e.GetType().Name);
            return null;
        }
    }

    private static Uri Address(AiOptions o) => o.Provider switch
    {
        AiProvider.AzureOpenAI => new Uri($"{o.Endpoint!.TrimEnd('/')}/openai/deployments/{Uri.EscapeDataString(o.TranscriptionModel!)}/audio/transcriptions?api-version=2024-06-01"),
        _ => new Uri($"{(string.IsNullOrWhiteSpace(o.Endpoint) ? OpenAiEndpoint : o.Endpoint.TrimEnd('/'))}/audio/transcriptions"),
    };
}
