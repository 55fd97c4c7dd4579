namespace Assistant.Indicators.Ledger;

/// <summary>
/// One countable thing, written when it happens and kept after the person's data is erased. Holds no
/// user id, name or text: at most <see cref="Person"/>, a pseudonym for counting distinct people, which
/// erasure replaces by a random one (still one person, no longer theirs).
/// </summary>
public sealed record IndicatorEvent
{
    /// <summary>Unique per thing counted (<c>place:{registration}</c>), so writing it twice counts once.</summary>
    public required string Id { get; init; }

    public required LedgerEventKind Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The workshop id, or the ticket kind (<c>person-request</c>).</summary>
    public string Subject { get; init; } = "";

    /// <summary>The workshop's target group (<c>volunteers</c>), or the area of a discrimination report.</summary>
    public string? Group { get; init; }

    /// <summary>The workshop session, to count sessions held.</summary>
    public string? Session { get; init; }

    public DateTimeOffset? SessionStart { get; init; }

    /// <summary>The grounds of a discrimination report.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Person { get; init; }
}

public enum LedgerEventKind
{
    /// <summary>A person got a confirmed place in a workshop session.</summary>
    PlaceTaken,

    /// <summary>A confirmed place was given up (cancelled, declined); before the session starts it means the person did not come.</summary>
    PlaceGivenUp,

    TicketClosed,

    /// <summary>A discrimination report reached the counselling service.</summary>
    ReportReceived,
}

/// <summary>
/// The anonymous ledger. Contract (checked by the contract tests): <see cref="AppendAsync"/> keeps the
/// first event of an id and ignores later ones; <see cref="SaltAsync"/> gives the same random salt for the
/// life of the store; <see cref="ReplacePersonAsync"/> changes the pseudonym in every event that has it.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Adds the event unless one with its id is stored; true when added.</summary>
    Task<bool> AppendAsync(IndicatorEvent entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndicatorEvent>> AllAsync(CancellationToken cancellationToken);

    Task<int> ReplacePersonAsync(string person, string replacement, CancellationToken cancellationToken);

    /// <summary>The secret the pseudonyms are made with, created at first use.</summary>
    Task<byte[]> SaltAsync(CancellationToken cancellationToken);
}
