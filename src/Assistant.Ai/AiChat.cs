using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Ai;

/// <summary>
/// Semantic Kernel's chat completion service for the configured provider, with its own HTTP client.
/// Only created when <c>Ai:Provider</c> is set.
/// </summary>
public sealed class AiChat : IDisposable
{
    private readonly HttpClient _http;

    public AiChat(IOptions<AiOptions> options)
    {
        var o = options.Value;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Callers cancel at Ai:Timeout or Ai:TranslationTimeout; this only stops a request that ignores cancellation.
            Timeout = (o.Timeout > o.TranslationTimeout ? o.Timeout : o.TranslationTimeout) + TimeSpan.FromSeconds(5),
        };
        var builder = Kernel.CreateBuilder();
        var apiKey = string.IsNullOrWhiteSpace(o.ApiKey) ? null : o.ApiKey;
        var endpoint = string.IsNullOrWhiteSpace(o.Endpoint) ? null : new Uri(o.Endpoint);
        switch (o.Provider)
        {
            case AiProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(deploymentName: o.Model!, endpoint: o.Endpoint!, apiKey: o.ApiKey!, httpClient: _http);
                break;
            case AiProvider.OpenAI when endpoint is null:
                builder.AddOpenAIChatCompletion(modelId: o.Model!, apiKey: o.ApiKey!, httpClient: _http);
                break;
            default:
                // Local servers (Ollama, vLLM) usually need no key; the connector sends a placeholder then.
                builder.AddOpenAIChatCompletion(modelId: o.Model!, endpoint: endpoint!, apiKey: apiKey, httpClient: _http);
                break;
        }

        Service = builder.Build().GetRequiredService<IChatCompletionService>();
    }

    public IChatCompletionService Service { get; }

    /// <summary>The same client for the other endpoints of the service (audio transcriptions).</summary>
    internal HttpClient Http => _http;

    public void Dispose() => _http.Dispose();
}
