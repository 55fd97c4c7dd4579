using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Reports;

namespace Assistant.Handoff.Tickets;

/// <summary>
/// A case handed to people: a discrimination report or a request for a person, with its topic in a
/// staff chat. What it says and who sent it are in <see cref="Sealed"/> (encrypted <see cref="TicketContent"/>);
/// the clear fields only steer the work (state, times, where the topic is, who claimed it).
/// </summary>
public sealed record HandoffTicket
{
    /// <summary>The case number, such as <c>AD-2026-0042</c> or <c>GS-2026-0007</c>.</summary>
    public required string Id { get; init; }

    public required TicketKind Kind { get; init; }

    /// <summary>The participant's language, for staff to know whom to send and for texts to the participant.</summary>
    public required string Language { get; init; }

    public TicketState State { get; init; } = TicketState.New;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>Since when staff wait for the participant's answer (state <see cref="TicketState.Waiting"/>).</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The staff member who claimed it.</summary>
    public long? ClaimedBy { get; init; }

    /// <summary>The ticket's topic in its staff chat.</summary>
    public StaffPost? Post { get; init; }

    /// <summary>Pseudonym of the participant, to find their tickets; null once the ticket was made anonymous.</summary>
    public string? ParticipantKey { get; init; }

    /// <summary>How often the unclaimed ticket was announced again.</summary>
    public int Reannounced { get; init; }

    /// <summary>Staff turned machine translation off for this ticket (<c>/translate off</c>), e.g. a counsellor who speaks the language.</summary>
    public bool TranslationOff { get; init; }

    /// <summary>Staff were told once that this ticket has no machine translation (refused, or no service).</summary>
    public bool NoTranslationToldStaff { get; init; }

    /// <summary>The participant was told once that no machine translation is available and offered an interpreter.</summary>
    public bool InterpreterOffered { get; init; }

    /// <summary>The encrypted <see cref="TicketContent"/>.</summary>
    public byte[] Sealed { get; init; } = [];

    public bool IsOpen => State != TicketState.Closed;

    /// <summary>Reports are read only by anti-discrimination counsellors, whichever chat they are routed to.</summary>
    public bool IsReport => Kind == TicketKind.DiscriminationReport;
}

/// <summary>What a ticket is about; each kind has its case number prefix and its default staff chat.</summary>
public enum TicketKind
{
    DiscriminationReport,
    PersonRequest,
    UnansweredQuestion,
}

/// <summary>Where a ticket stands; each change keeps its time on the ticket.</summary>
public enum TicketState
{
    /// <summary>Nobody took it yet; announced again while it stays so.</summary>
    New,

    /// <summary>A staff member took it; the participant's messages reach the topic.</summary>
    Claimed,

    /// <summary>Staff answered and wait for the participant.</summary>
    Waiting,

    /// <summary>Done; nothing is passed on any more.</summary>
    Closed,
}

/// <summary>What a ticket says, encrypted as a whole.</summary>
public sealed record TicketContent
{
    /// <summary>The participant's user id, for passing answers on; removed when the ticket is made anonymous.</summary>
    public long? ParticipantId { get; init; }

    public ReportContent? Report { get; init; }

    /// <summary>What a request for a person is about, or the question the bot could not answer.</summary>
    public string? Topic { get; init; }

    /// <summary>Messages of the participant that wait for a counsellor to claim the report.</summary>
    public IReadOnlyList<RelayedMessage> Held { get; init; } = [];

    /// <summary>Internal notes of staff (<c>/note</c>), never passed on.</summary>
    public IReadOnlyList<TicketNote> Notes { get; init; } = [];

    /// <summary>Staff answers as written, before machine translation, for the participant's "Original" button.</summary>
    public IReadOnlyList<string> Originals { get; init; } = [];
}

/// <summary>Something the participant wrote (text and files), kept until a counsellor claims the report.</summary>
public sealed record RelayedMessage(DateTimeOffset At, string Text, IReadOnlyList<Attachment> Files);

/// <summary>An internal note of a staff member (<c>/note</c>).</summary>
public sealed record TicketNote(DateTimeOffset At, long StaffUserId, string Text);

/// <summary>Names and defaults of the ticket kinds, as configuration and staff see them.</summary>
public static class TicketKinds
{
    public static IReadOnlyList<TicketKind> All { get; } = Enum.GetValues<TicketKind>();

    /// <summary>The kind's name in configuration: <c>discrimination-report</c>, <c>person-request</c>, <c>unanswered-question</c>.</summary>
    public static string Name(TicketKind kind) => kind switch
    {
        TicketKind.DiscriminationReport => "discrimination-report",
        TicketKind.PersonRequest => "person-request",
        _ => "unanswered-question",
    };

    /// <summary>The text key part for the kind (<c>tickets.kinds.{key}</c>).</summary>
    public static string Key(TicketKind kind) => Name(kind).Replace('-', '_');

    /// <summary>The case number's prefix: AD for anti-discrimination, GS for the general staff.</summary>
    public static string Prefix(TicketKind kind) => kind == TicketKind.DiscriminationReport ? "AD" : "GS";

    public static StaffChatKind DefaultChat(TicketKind kind) =>
        kind == TicketKind.DiscriminationReport ? StaffChatKind.AntiDiscrimination : StaffChatKind.General;
}
