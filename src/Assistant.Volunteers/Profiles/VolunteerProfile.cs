using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Profiles;

/// <summary>A volunteer: how coordinators call them, what they speak and do, and how to reach them.</summary>
public sealed record VolunteerProfile
{
    public required long UserId { get; init; }

    /// <summary>The name the volunteer gave for the coordinators.</summary>
    public string Name { get; init; } = "";

    /// <summary>Codes of the languages they speak (one of the seven the bot knows).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The kinds of shift they do (<see cref="ShiftKinds"/>).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>A phone number, or null when the chat with the bot is the way to reach them.</summary>
    public string? Phone { get; init; }

    public required DateTimeOffset JoinedAt { get; init; }

    /// <summary>True once the volunteer has told us their name, languages and kinds of shift.</summary>
    public bool IsComplete => Name.Length > 0 && Languages.Count > 0 && Kinds.Count > 0;

    /// <summary>A shift fits when it is of a kind they do and needs no language or one they speak.</summary>
    public bool Fits(Shift shift) =>
        Kinds.Contains(shift.Kind) && (shift.Language is null || Languages.Contains(shift.Language));
}

public interface IVolunteerStore
{
    Task<VolunteerProfile?> GetAsync(long userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<VolunteerProfile>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(VolunteerProfile profile, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken);
}
