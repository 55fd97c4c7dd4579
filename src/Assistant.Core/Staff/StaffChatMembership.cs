using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Staff;

/// <summary>Someone who joined a staff chat, as the channel names them.</summary>
public sealed record StaffChatMember(long UserId, string FirstName);

/// <summary>
/// Who belongs in which staff chat. Everybody in a group reads everything posted there, including the relay
/// of a discrimination report once a counsellor took it; the bot cannot keep a member from reading, so it
/// says at once when someone joins who lacks the role, for an admin to remove them or give them the role.
/// </summary>
public sealed class StaffChatMembership(
    StaffDirectory directory,
    TextCatalog texts,
    IOptions<StaffOptions> options,
    ILogger<StaffChatMembership> logger)
{
    /// <summary>The role a member of a chat of this kind needs.</summary>
    public static StaffRole RoleFor(StaffChatKind kind) =>
        kind == StaffChatKind.AntiDiscrimination ? StaffRole.AntiDiscrimination : StaffRole.Staff;

    /// <summary>A warning for the chat naming each new member without the role, or null when all may be there.</summary>
    public async Task<OutgoingMessage?> CheckJoinedAsync(StaffChatKind kind, IReadOnlyList<StaffChatMember> joined, CancellationToken cancellationToken)
    {
        var role = RoleFor(kind);
        var warnings = new List<string>();
        foreach (var member in joined)
        {
            if (await directory.HasRoleAsync(member.UserId, role, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            logger.LogWarning("User {UserId} joined the {Kind} staff chat without the {Role} role; the chat was told", member.UserId, kind, role);
            warnings.Add(texts.Get(
                options.Value.Language,
                role == StaffRole.AntiDiscrimination ? "staff.joined_without_counselling_role" : "staff.joined_without_staff_role",
                new Dictionary<string, string> { ["name"] = member.FirstName, ["id"] = member.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }

        return warnings.Count == 0 ? null : OutgoingMessage.Plain(string.Join("\n\n", warnings));
    }
}
