using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace Assistant.Workshops.Appointments;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
}

/// <summary>A time a counselling service offers; from content or added by staff.</summary>
public sealed record AppointmentSlot(string ServiceId, DateTimeOffset Start)
{
    [JsonIgnore]
    public string Id => IdFor(ServiceId, Start);

    public long? AddedBy { get; init; }

    public static string IdFor(string serviceId, DateTimeOffset start) =>
        serviceId + "/" + start.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A booked counselling appointment.</summary>
public sealed record Appointment
{
    /// <summary>Random, so that a button payload cannot be guessed; buttons are still checked against the user.</summary>
    public required string Id { get; init; }

    public required string ServiceId { get; init; }

    public required string SlotId { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>The participant's chat with the bot; null when staff recorded the appointment for someone who does not use it.</summary>
    public long? UserId { get; init; }

    public required string Name { get; init; }

    public string? Phone { get; init; }

    /// <summary>The language of the counselling.</summary>
    public required string Language { get; init; }

    /// <summary>The language to interpret from, or null when no interpreter is needed.</summary>
    public string? InterpreterLanguage { get; init; }

    public AppointmentStatus Status { get; init; } = AppointmentStatus.Booked;

    public DateTimeOffset BookedAt { get; init; }

    /// <summary>The staff member who recorded it; null when the participant booked it.</summary>
    public long? BookedBy { get; init; }

    public DateTimeOffset? AttendanceConfirmedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public static string NewId() => "a" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
}
