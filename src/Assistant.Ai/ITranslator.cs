namespace Assistant.Ai;

/// <summary>
/// Machine translation between two of the bot's seven languages. Both languages are known (the
/// participant's from their profile, staff's from <c>Staff:Language</c>): nothing is detected.
/// </summary>
public interface ITranslator
{
    /// <summary>False without <c>Ai:Provider</c>: then nothing is ever sent anywhere.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// The translation, or null when the service failed, was too slow or answered something that is no
    /// translation. Personal data is masked before the text leaves the server and put back afterwards.
    /// </summary>
    Task<string?> TranslateAsync(string text, string from, string to, CancellationToken cancellationToken);
}

/// <summary>Speech to text for voice messages, through an OpenAI-compatible <c>/audio/transcriptions</c> endpoint.</summary>
public interface ISpeechToText
{
    bool IsAvailable { get; }

    /// <summary>What was said, in <paramref name="language"/> as far as the service can tell, or null on any failure.</summary>
    Task<string?> TranscribeAsync(byte[] audio, string fileName, string language, CancellationToken cancellationToken);
}

/// <summary>Without <c>Ai:Provider</c>: no translation, no transcription, nothing leaves the machine.</summary>
internal sealed class NoMachineLanguage : ITranslator, ISpeechToText
{
    public bool IsAvailable => false;

    public Task<string?> TranslateAsync(string text, string from, string to, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> TranscribeAsync(byte[] audio, string fileName, string language, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
