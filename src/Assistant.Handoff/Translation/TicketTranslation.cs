using Assistant.Ai;
using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Translation;

/// <summary>Whether a ticket's messages are machine-translated, and if not, why.</summary>
internal enum TranslationMode
{
    /// <summary>The participant writes the staff language.</summary>
    SameLanguage,
    Translate,

    /// <summary>Staff turned it off with <c>/translate off</c>.</summary>
    TurnedOff,

    /// <summary>The participant said no.</summary>
    Refused,

    /// <summary>The participant was not asked yet (or cannot be any more): nothing is sent.</summary>
    NotAsked,

    /// <summary>No AI service is configured.</summary>
    Unavailable,
}

/// <summary>What a participant's message says, as sent and in the staff language (null when that failed).</summary>
internal sealed record TranslatedMessage(string Original, string? Translation);

/// <summary>
/// Machine translation for tickets: who may be translated (the person's consent, staff's switch), voice
/// messages to text, and text between the participant's language and <c>Staff:Language</c>. Nothing goes to
/// the service unless <see cref="ModeAsync"/> said <see cref="TranslationMode.Translate"/>.
/// </summary>
internal sealed class TicketTranslation(
    ITranslator translator,
    ISpeechToText speech,
    IChannelFiles files,
    IUserProfileStore profiles,
    StaffTexts texts)
{
    public bool IsAvailable => translator.IsAvailable;

    public string StaffLanguage => texts.Language;

    public async Task<TranslationMode> ModeAsync(HandoffTicket ticket, long? participant, CancellationToken cancellationToken)
    {
        if (ticket.Language == texts.Language)
        {
            return TranslationMode.SameLanguage;
        }

        if (ticket.TranslationOff)
        {
            return TranslationMode.TurnedOff;
        }

        if (!translator.IsAvailable)
        {
            return TranslationMode.Unavailable;
        }

        var profile = participant is { } id ? await profiles.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return profile?.DecisionOn(ConsentPurposes.MachineTranslation) switch
        {
            ConsentDecision.Given => TranslationMode.Translate,
            ConsentDecision.Refused => TranslationMode.Refused,
            _ => TranslationMode.NotAsked,
        };
    }

    /// <summary>The participant's text with their voice messages written out, and its translation into the staff language.</summary>
    public async Task<TranslatedMessage> ToStaffAsync(string language, string? text, IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken)
    {
        var original = await WithTranscriptsAsync(language, text, attachments, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(original))
        {
            return new TranslatedMessage("", null);
        }

        return new TranslatedMessage(original, await translator.TranslateAsync(original, language, texts.Language, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A staff answer in the participant's language, or null.</summary>
    public Task<string?> ToParticipantAsync(string text, string language, CancellationToken cancellationToken) =>
        translator.TranslateAsync(text, texts.Language, language, cancellationToken);

    /// <summary>
    /// The text followed by what each voice message says (<c>🎤 …</c>). A voice message the channel cannot
    /// hand out or the service cannot read is left out: its audio reaches staff anyway.
    /// </summary>
    public async Task<string> WithTranscriptsAsync(string language, string? text, IReadOnlyList<Attachment> attachments, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add(text.Trim());
        }

        foreach (var voice in attachments.Where(a => a.Kind == AttachmentKind.Voice))
        {
            if (!speech.IsAvailable || await files.DownloadAsync(voice, cancellationToken).ConfigureAwait(false) is not { Length: > 0 } audio)
            {
                continue;
            }

            if (await speech.TranscribeAsync(audio, voice.FileName ?? "voice.ogg", language, cancellationToken).ConfigureAwait(false) is { } said)
            {
                parts.Add("🎤 " + said);
            }
        }

        return string.Join("\n", parts);
    }
}
