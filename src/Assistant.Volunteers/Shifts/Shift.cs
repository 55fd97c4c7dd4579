namespace Assistant.Volunteers.Shifts;

/// <summary>A shift: a time and place where a number of volunteers is needed.</summary>
public sealed record Shift
{
    /// <summary>Content shifts keep the id of their file entry; shifts made by command get <c>s-</c> and random letters.</summary>
    public required string Id { get; init; }

    /// <summary>As staff wrote it, in one language.</summary>
    public required string Title { get; init; }

    /// <summary>One of <see cref="ShiftKinds.All"/>.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required string Place { get; init; }

    /// <summary>How many volunteers the shift needs; with that many signed up it is full and closed.</summary>
    public required int Needed { get; init; }

    /// <summary>Code of a language every volunteer on the shift must speak, or null.</summary>
    public string? Language { get; init; }

    /// <summary>Where it came from: a content file (<c>content</c>) or a staff member's <c>/shift</c>.</summary>
    public string Source { get; init; } = ShiftSources.Content;

    public long? CreatedBy { get; init; }

    /// <summary>When the coordinators were last told that the shift is short of people.</summary>
    public DateTimeOffset? AlertPostedAt { get; init; }

    /// <summary>Volunteers this shift was already offered to, so a second press of the button only reaches new ones.</summary>
    public IReadOnlyList<long> OfferedTo { get; init; } = [];

    /// <summary>
    /// When staff called the shift off (<c>/cancelshift</c>). The shift stays stored with its sign-ups,
    /// so what happened on it stays on record; nobody is offered it or reminded of it any more.
    /// </summary>
    public DateTimeOffset? CancelledAt { get; init; }

    public long? CancelledBy { get; init; }

    public TimeSpan Duration => End - Start;

    public bool IsCancelled => CancelledAt is not null;
}

public static class ShiftSources
{
    public const string Content = "content";
    public const string Staff = "staff";
}

/// <summary>The kinds of shift; each has a name in every language (<c>volunteers.kinds.{kind}</c>).</summary>
public static class ShiftKinds
{
    public static readonly IReadOnlyList<string> All = ["language_cafe", "workshop", "accompaniment", "interpreting", "event"];

    public static string TextKey(string kind) => "volunteers.kinds." + kind;
}

/// <summary>A volunteer's place on a shift, with what became of it.</summary>
public sealed record ShiftSignup
{
    public required string Id { get; init; }

    public required string ShiftId { get; init; }

    public required long UserId { get; init; }

    public required DateTimeOffset SignedUpAt { get; init; }

    public SignupStatus Status { get; init; } = SignupStatus.Active;

    /// <summary>When the volunteer pressed "I'll be there".</summary>
    public DateTimeOffset? ConfirmedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>True when they cancelled after the cut-off.</summary>
    public bool CancelledLate { get; init; }

    public AttendanceMark Attendance { get; init; } = AttendanceMark.NotRecorded;

    /// <summary>Hours counted for the volunteer when they were there.</summary>
    public decimal Hours { get; init; }

    public bool IsActive => Status == SignupStatus.Active;
}

public enum SignupStatus
{
    Active,
    Cancelled,
}

public enum AttendanceMark
{
    NotRecorded,
    Present,
    Absent,
}
