namespace Assistant.Indicators.Content;

/// <summary>What <c>content/indicators.yaml</c> declares: the funded projects and the figures each promises.</summary>
public sealed record IndicatorFile(IReadOnlyList<FundedProject> Projects);

/// <summary>A funded project with its period (local dates, both days included) and its indicators.</summary>
public sealed record FundedProject(string Id, string Name, DateOnly From, DateOnly To, IReadOnlyList<IndicatorDefinition> Indicators);

/// <summary>One promised figure: what counts, the target, and the filters that narrow it.</summary>
public sealed record IndicatorDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required int Target { get; init; }

    public required CountKind Counts { get; init; }

    /// <summary>Workshop ids; empty means every workshop.</summary>
    public IReadOnlyList<string> Workshops { get; init; } = [];

    /// <summary>Only workshops for this target group (<c>volunteers</c>, <c>women</c>, <c>parents</c>, <c>everyone</c>).</summary>
    public string? TargetGroup { get; init; }

    /// <summary>Ticket kinds (<c>person-request</c>, <c>unanswered-question</c>, <c>discrimination-report</c>); empty means all.</summary>
    public IReadOnlyList<string> TicketKinds { get; init; } = [];

    /// <summary>Newsletter topics; empty means all.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>AGG grounds of the report flow; a case counts when it names one of them. Empty means all.</summary>
    public IReadOnlyList<string> Grounds { get; init; } = [];

    /// <summary>Areas of the report flow; empty means all.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];
}

/// <summary>What an indicator counts; the YAML names are the snake_case forms (<c>attended_registrations</c>).</summary>
public enum CountKind
{
    /// <summary>Confirmed places in sessions that have started, not given up before the start.</summary>
    AttendedRegistrations,

    /// <summary>Sessions that took place with at least one such place.</summary>
    SessionsHeld,

    /// <summary>Different people among those places.</summary>
    PeopleReached,

    ClosedTickets,

    NewslettersSent,

    DiscriminationCases,
}
