using Assistant.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Assistant.Ai;

/// <summary>
/// Names the configured AI service for the privacy notice: the provider as people know it, or for an
/// OpenAI-compatible server the host it runs on (that is where the questions go).
/// </summary>
public sealed class AiServiceName(IOptions<AiOptions> options) : IAiServiceName
{
    public string? Name => options.Value switch
    {
        { Provider: AiProvider.None } => null,
        { Provider: AiProvider.AzureOpenAI } => "Microsoft Azure OpenAI",
        { Provider: AiProvider.OpenAICompatible, Endpoint: { } endpoint } when Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) => uri.Host,
        { Provider: AiProvider.OpenAICompatible } => "OpenAI-compatible",
        _ => "OpenAI",
    };
}
