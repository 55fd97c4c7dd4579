namespace Assistant.Core.Users;

/// <summary>What the bot remembers about a person across conversations.</summary>
public sealed record UserProfile
{
    public required long UserId { get; init; }

    /// <summary>One of <see cref="Localization.Languages.Supported"/>, or null while not known.</summary>
    public string? Language { get; init; }

    public ConsentDecision Consent { get; init; } = ConsentDecision.NotAsked;

    public DateTimeOffset? ConsentDecidedAt { get; init; }

    /// <summary>Version of the privacy notice the decision was made on, to ask again when it changes.</summary>
    public string? ConsentNoticeVersion { get; init; }

    /// <summary>Every consent decision, oldest first: what was agreed to, when, in which language and notice version.</summary>
    public IReadOnlyList<ConsentRecord> ConsentHistory { get; init; } = [];

    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Name and phone kept for the next registration; only set after the person agreed (purpose <c>keep_contact</c>).</summary>
    public KeptContact? KeptContact { get; init; }

    /// <summary>The person said no to keeping name and phone, so the question is not asked again.</summary>
    public bool KeepContactDeclined { get; init; }

    /// <summary>Set when the channel reports the user blocked the bot; nothing is sent until they write again.</summary>
    public bool Unreachable { get; init; }

    /// <summary>The latest decision about <paramref name="purpose"/>, or <see cref="ConsentDecision.NotAsked"/>.</summary>
    public ConsentDecision DecisionOn(string purpose) =>
        ConsentHistory.LastOrDefault(r => r.Purpose == purpose)?.Decision ?? ConsentDecision.NotAsked;
}

/// <summary>One consent decision as the user made it.</summary>
/// <remarks><paramref name="Purpose"/> is <see cref="ConsentPurposes.General"/> for the consent of the onboarding.</remarks>
public sealed record ConsentRecord(ConsentDecision Decision, DateTimeOffset At, string Language, string NoticeVersion, string Purpose = ConsentPurposes.General);

/// <summary>What a consent decision was about.</summary>
public static class ConsentPurposes
{
    public const string General = "general";

    /// <summary>Keeping name and phone to offer them again at the next registration.</summary>
    public const string KeepContact = "keep_contact";

    /// <summary>Machine translation of the person's messages in tickets (and of their reports) by the named AI service.</summary>
    public const string MachineTranslation = "machine_translation";
}

/// <summary>A name and (optional) phone the person agreed to have kept for the next registration.</summary>
public sealed record KeptContact(string Name, string? Phone, DateTimeOffset KeptAt);

public enum ConsentDecision
{
    NotAsked,
    Given,
    Refused,
}
