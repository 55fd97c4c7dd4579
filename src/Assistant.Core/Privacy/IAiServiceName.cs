namespace Assistant.Core.Privacy;

/// <summary>
/// The outside AI service that questions are sent to, so the privacy notice can name it. The feature
/// that talks to the AI registers its own; without one, nothing leaves the machine and the notice says so
/// by using its text without an AI service.
/// </summary>
public interface IAiServiceName
{
    /// <summary>The service's name as people know it ("OpenAI"), or null when no AI service is set.</summary>
    string? Name { get; }
}

/// <summary>No AI service: the notice uses its text without one.</summary>
internal sealed class NoAiService : IAiServiceName
{
    public string? Name => null;
}
