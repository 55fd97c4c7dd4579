namespace Assistant.Core.Safety;

/// <summary>
/// Tells whether a message says the person is in danger or being hurt. Curated expressions, never an AI
/// service: the answer must come at once, the same way every time, and work when no AI is configured.
/// </summary>
public interface IDistressRecognizer
{
    /// <summary>The expression found, or null. <paramref name="userLanguage"/> is tried first; every other language after it.</summary>
    DistressMatch? Recognize(string text, string userLanguage);
}

/// <summary>The language whose expression was found (the person can read that language) and the expression.</summary>
public sealed record DistressMatch(string Language, string Expression);
