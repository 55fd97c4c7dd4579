using Microsoft.Extensions.Options;

namespace Assistant.Core.Staff;

/// <summary>Answers "may this person do that?": admins from configuration, everyone else from the store.</summary>
public sealed class StaffDirectory(IStaffStore store, IOptions<StaffOptions> options)
{
    public async Task<IReadOnlySet<StaffRole>> RolesAsync(long userId, CancellationToken cancellationToken)
    {
        var roles = new HashSet<StaffRole>();
        if (options.Value.Admins.Contains(userId))
        {
            roles.Add(StaffRole.Admin);
        }

        if (await store.GetAsync(userId, cancellationToken).ConfigureAwait(false) is { } member)
        {
            roles.UnionWith(member.Roles);
        }

        if (roles.Contains(StaffRole.Admin))
        {
            roles.Add(StaffRole.Staff);
        }

        return roles;
    }

    public async Task<bool> HasRoleAsync(long userId, StaffRole role, CancellationToken cancellationToken) =>
        (await RolesAsync(userId, cancellationToken).ConfigureAwait(false)).Contains(role);

    public async Task<bool> IsStaffAsync(long userId, CancellationToken cancellationToken) =>
        (await RolesAsync(userId, cancellationToken).ConfigureAwait(false)).Count > 0;
}
