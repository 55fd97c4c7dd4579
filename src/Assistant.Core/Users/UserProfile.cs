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

    /// <summary>Set when the channel reports the user blocked the bot; nothing is sent until they write again.</summary>
    public bool Unreachable { get; init; }
}

/// <summary>One consent decision as the user made it.</summary>
public sealed record ConsentRecord(ConsentDecision Decision, DateTimeOffset At, string Language, string NoticeVersion);

public enum ConsentDecision
{
    NotAsked,
    Given,
    Refused,
}
