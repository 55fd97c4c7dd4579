using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Assistant.Workshops.Content;

namespace Assistant.Workshops.Registrations;

public enum RegistrationStatus
{
    /// <summary>Has a place.</summary>
    Confirmed,

    /// <summary>On the waiting list.</summary>
    Waiting,

    /// <summary>First on the waiting list when a place came free: the place is held until the offer is accepted, declined or runs out.</summary>
    Offered,

    Cancelled,
    Declined,
    OfferExpired,
}

/// <summary>What a participant needs to take part; passed to the workshop team with her consent.</summary>
public sealed record RegistrationNeeds
{
    public bool Childcare { get; init; }

    public string? ChildrenAges { get; init; }

    /// <summary>The language to interpret from, or null when no interpreter is needed.</summary>
    public string? InterpreterLanguage { get; init; }

    public string? Accessibility { get; init; }
}

/// <summary>One person's registration for one workshop session.</summary>
public sealed record WorkshopRegistration
{
    /// <summary>Random, so that a button payload cannot be guessed; buttons are still checked against the user.</summary>
    public required string Id { get; init; }

    public required string WorkshopId { get; init; }

    public required string SessionId { get; init; }

    public required long UserId { get; init; }

    public required string Name { get; init; }

    public string? Phone { get; init; }

    /// <summary>The language the person used when registering, for the team.</summary>
    public string Language { get; init; } = "de";

    public RegistrationNeeds Needs { get; init; } = new();

    public RegistrationStatus Status { get; init; }

    /// <summary>Order of arrival in the session; the waiting list is served in this order.</summary>
    public int QueueNumber { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>Counts the offers made to this person, so that an old offer's deadline job cannot end a newer one.</summary>
    public int OfferRound { get; init; }

    public DateTimeOffset? OfferedAt { get; init; }

    /// <summary>Set when the offer message goes out; null while it waits for the end of the quiet hours.</summary>
    public DateTimeOffset? OfferExpiresAt { get; init; }

    public DateTimeOffset? AttendanceConfirmedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the session ends, kept with the registration so retention works even after the content changed.</summary>
    public DateTimeOffset SessionEnd { get; init; }

    [JsonIgnore]
    public string SessionKey => WorkshopSession.Key(WorkshopId, SessionId);

    /// <summary>Holds a place: confirmed, or offered and not yet answered.</summary>
    [JsonIgnore]
    public bool HoldsPlace => Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered;

    [JsonIgnore]
    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Waiting or RegistrationStatus.Offered;

    public static string NewId() => "w" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
}
