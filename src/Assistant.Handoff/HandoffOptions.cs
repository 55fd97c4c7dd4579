using System.ComponentModel.DataAnnotations;
using Assistant.Core.Staff;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff;

/// <summary>Discrimination reports, requests for a person and their tickets (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>
    /// Switches reports and tickets on or off. Default (empty): on when <see cref="EncryptionKey"/> is set.
    /// Set <c>true</c> in production, so that a missing key stops the start instead of switching reports off.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// 32 random bytes in base64 (for example from <c>openssl rand -base64 32</c>). Report contents and
    /// everything that identifies a participant are encrypted with it; without it they cannot be read.
    /// Keep it out of committed files and keep a copy: a lost key makes every stored report unreadable.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>How staff answers are signed for the participant: the staff member's first name (default), or only the role.</summary>
    public RelayName RelayName { get; set; } = RelayName.FirstName;

    /// <summary>A new ticket nobody claimed is announced again after this long, and again after the same time. Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Handoff:ReannounceAfter must be between 00:01:00 and 7.00:00:00.")]
    public TimeSpan ReannounceAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an unclaimed ticket is announced again at most. Default 3; 0 turns it off.</summary>
    [Range(0, 100, ErrorMessage = "Handoff:MaxReannouncements must be between 0 and 100.")]
    public int MaxReannouncements { get; set; } = 3;

    /// <summary>
    /// Which staff chat gets which kind of ticket: <c>discrimination-report</c>, <c>person-request</c>,
    /// <c>unanswered-question</c> to <c>General</c>, <c>AntiDiscrimination</c> or <c>Coordinators</c>.
    /// Kinds not named keep their default (reports to AntiDiscrimination, the others to General).
    /// </summary>
    public Dictionary<string, string> Routing { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many days a staff invitation link works. Default 7.</summary>
    [Range(1, 90, ErrorMessage = "Handoff:StaffInviteValidDays must be between 1 and 90.")]
    public int StaffInviteValidDays { get; set; } = 7;

    /// <summary>True when reports and tickets are on.</summary>
    public bool IsActive => Enabled ?? !string.IsNullOrWhiteSpace(EncryptionKey);

    /// <summary>The staff chat for <paramref name="kind"/>.</summary>
    public StaffChatKind ChatFor(TicketKind kind) =>
        Routing.TryGetValue(TicketKinds.Name(kind), out var chat) && Enum.TryParse<StaffChatKind>(chat, ignoreCase: true, out var parsed)
            ? parsed
            : TicketKinds.DefaultChat(kind);
}

/// <summary>How a staff answer is signed when it reaches the participant.</summary>
public enum RelayName
{
    /// <summary>"Selin from the team: ..."</summary>
    FirstName,

    /// <summary>"The counselling service: ..."</summary>
    Role,
}
