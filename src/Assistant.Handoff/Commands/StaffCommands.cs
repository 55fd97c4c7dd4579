using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Commands;

/// <summary><c>/addstaff &lt;user id&gt; &lt;staff|ad&gt; [name]</c>: an admin gives someone a staff role.</summary>
internal sealed class AddStaffCommand(IStaffStore staff, StaffTexts texts, TimeProvider time) : IStaffCommand
{
    public string Name => "addstaff";

    public StaffRole RequiredRole => StaffRole.Admin;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var parts = context.Argument.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || StaffRoles.Parse(parts[1]) is not { } roles)
        {
            return texts.Message("tickets.addstaff_usage");
        }

        var existing = await staff.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var name = parts.Length > 2 ? parts[2] : existing?.DisplayName ?? parts[0];
        await staff.SaveAsync(new StaffMember
        {
            UserId = userId,
            DisplayName = name,
            Roles = roles,
            AddedAt = existing?.AddedAt ?? time.GetUtcNow(),
            AddedBy = existing?.AddedBy ?? context.Message.FromUserId,
        }, cancellationToken).ConfigureAwait(false);
        return texts.Message("tickets.staff_added", ("name", name), ("user_id", parts[0]), ("roles", StaffRoles.Describe(roles, k => texts.Get(k))));
    }
}

/// <summary><c>/removestaff &lt;user id&gt;</c>: an admin takes someone's staff roles away; admins from configuration stay.</summary>
internal sealed class RemoveStaffCommand(IStaffStore staff, StaffTexts texts, IOptions<StaffOptions> options) : IStaffCommand
{
    public string Name => "removestaff";

    public StaffRole RequiredRole => StaffRole.Admin;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        if (!long.TryParse(context.Argument.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return texts.Message("tickets.removestaff_usage");
        }

        if (options.Value.Admins.Contains(userId))
        {
            return texts.Message("tickets.cannot_remove_admin");
        }

        if (await staff.GetAsync(userId, cancellationToken).ConfigureAwait(false) is not { } member)
        {
            return texts.Message("tickets.staff_not_found", ("user_id", context.Argument.Trim()));
        }

        await staff.DeleteAsync(userId, cancellationToken).ConfigureAwait(false);
        return texts.Message("tickets.staff_removed", ("name", member.DisplayName), ("user_id", context.Argument.Trim()));
    }
}

/// <summary>
/// <c>/staffinvite [staff|ad]</c>: a one-time link that makes whoever opens it staff. The link goes to the
/// admin privately: a staff chat may have members who are not staff.
/// </summary>
internal sealed class StaffInviteCommand(StaffInvitations invitations, IUserMessenger messenger, StaffTexts texts, IOptions<HandoffOptions> options) : IStaffCommand
{
    public string Name => "staffinvite";

    public StaffRole RequiredRole => StaffRole.Admin;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var word = context.Argument.Trim();
        if (StaffRoles.Parse(word.Length == 0 ? "staff" : word) is not { } roles)
        {
            return texts.Message("tickets.staffinvite_usage");
        }

        var link = await invitations.CreateAsync(context.Message.FromUserId, roles, cancellationToken).ConfigureAwait(false);
        var invite = texts.Message(
            "tickets.invite_created",
            ("link", link),
            ("roles", StaffRoles.Describe(roles, k => texts.Get(k))),
            ("count", options.Value.StaffInviteValidDays.ToString(CultureInfo.InvariantCulture)));
        await messenger.SendAsync(context.Message.FromUserId, [invite], cancellationToken).ConfigureAwait(false);
        return texts.Message("tickets.invite_sent_privately");
    }
}
