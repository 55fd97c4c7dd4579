using System.Globalization;
using System.Security.Cryptography;
using Assistant.Handoff.Tickets;

namespace Assistant.StaffConsole.Tickets;

/// <summary>
/// What a form saw of a ticket: its state, who had claimed it, and a fingerprint of its sealed content (notes,
/// held messages). A form whose version is no longer the ticket's is refused and told what changed.
/// </summary>
public sealed record TicketVersion(TicketState State, long? ClaimedBy, string Fingerprint)
{
    public static TicketVersion Of(HandoffTicket ticket) =>
        new(ticket.State, ticket.ClaimedBy, Convert.ToHexString(SHA256.HashData(ticket.Sealed))[..16]);

    public override string ToString() =>
        string.Join('.', State, ClaimedBy?.ToString(CultureInfo.InvariantCulture) ?? "-", Fingerprint);

    public static TicketVersion? Parse(string? text)
    {
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 3 || !Enum.TryParse<TicketState>(parts[0], out var state) || int.TryParse(parts[0], out _))
        {
            return null;
        }

        long? claimedBy = parts[1] == "-" ? null : long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var by) ? by : -1;
        return new TicketVersion(state, claimedBy, parts[2]);
    }
}
