using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Assistant.Ai;

/// <summary>Who writes the AI answers, if anyone.</summary>
public enum AiProvider
{
    /// <summary>No AI: answers use the texts of <c>localization/</c> and nothing leaves the machine.</summary>
    None,

    /// <summary>OpenAI's own service; <c>Ai:Endpoint</c> may point elsewhere.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource; <c>Ai:Model</c> is the deployment name.</summary>
    AzureOpenAI,

    /// <summary>Any server that speaks OpenAI's chat completions API, such as Ollama or vLLM.</summary>
    OpenAICompatible,
}

/// <summary>Optional AI answers to free questions (configuration section <c>Ai</c>).</summary>
public sealed record AiOptions
{
    public const string Section = "Ai";

    /// <summary><c>Ai:Provider</c>: None (default), OpenAI, AzureOpenAI or OpenAICompatible.</summary>
    public AiProvider Provider { get; set; } = AiProvider.None;

    /// <summary>
    /// <c>Ai:Endpoint</c>: the service's base address, required for AzureOpenAI and OpenAICompatible.
    /// For OpenAI-compatible servers it ends in <c>/v1</c> (Ollama: <c>http://localhost:11434/v1</c>).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Ai:Model</c>: the model name (Azure: the deployment name); required with a provider.</summary>
    public string? Model { get; set; }

    /// <summary><c>Ai:ApiKey</c>: required for OpenAI and AzureOpenAI; local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Ai:Timeout</c>: how long the user may wait for the AI before the offline answer goes out. Default 8 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary><c>Ai:MaxOfferCount</c>: how many of the found offers go into the prompt. Default 3.</summary>
    [Range(1, 10)]
    public int MaxOfferCount { get; set; } = 3;

    /// <summary>
    /// <c>Ai:TranslationWait</c>: how long a ticket message waits for its translation before the original goes
    /// on alone, marked untranslated (the translation follows when it comes). Default 4 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan TranslationWait { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary><c>Ai:TranslationTimeout</c>: when a translation (or transcription) that did not come is given up. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TranslationTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>Ai:TranscriptionModel</c>: the speech-to-text model for voice messages (Azure: its deployment name).
    /// Default <c>whisper-1</c>; empty turns transcription off.
    /// </summary>
    public string? TranscriptionModel { get; set; } = "whisper-1";

    public bool IsEnabled => Provider != AiProvider.None;
}

/// <summary>Stops the host at start when a provider is set without what it needs, naming the key.</summary>
public sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            problems.Add($"{AiOptions.Section}:Model is required when {AiOptions.Section}:Provider is {options.Provider}.");
        }

        var needsEndpoint = options.Provider is AiProvider.AzureOpenAI or AiProvider.OpenAICompatible;
        if (needsEndpoint && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            problems.Add($"{AiOptions.Section}:Endpoint is required when {AiOptions.Section}:Provider is {options.Provider}.");
        }

        if (!string.IsNullOrWhiteSpace(options.Endpoint)
            && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problems.Add($"{AiOptions.Section}:Endpoint '{options.Endpoint}' is not an absolute address such as http://localhost:11434/v1.");
        }

        if (options.Provider is AiProvider.OpenAI or AiProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add($"{AiOptions.Section}:ApiKey is required when {AiOptions.Section}:Provider is {options.Provider}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
