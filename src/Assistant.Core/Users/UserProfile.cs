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

    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Set when the channel reports the user blocked the bot; nothing is sent until they write again.</summary>
    public bool Unreachable { get; init; }
}

public enum ConsentDecision
{
    NotAsked,
    Given,
    Refused,
}
