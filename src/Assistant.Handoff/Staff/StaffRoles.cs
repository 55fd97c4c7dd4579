using Assistant.Core.Staff;

namespace Assistant.Handoff.Staff;

/// <summary>The roles as admins write them in commands (<c>staff</c>, <c>ad</c>) and as texts name them.</summary>
internal static class StaffRoles
{
    /// <summary>The roles a word gives; counsellors are staff too, so they can use every staff command.</summary>
    public static IReadOnlySet<StaffRole>? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "staff" => new HashSet<StaffRole> { StaffRole.Staff },
        "ad" or "antidiscrimination" or "anti-discrimination" => new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination },
        _ => null,
    };

    /// <summary>The roles as a list of names, through <paramref name="text"/> for the key <c>tickets.roles.{role}</c>.</summary>
    public static string Describe(IEnumerable<StaffRole> roles, Func<string, string> text) =>
        string.Join(", ", roles.Order().Select(r => text("tickets.roles." + Key(r))));

    private static string Key(StaffRole role) => role switch
    {
        StaffRole.Admin => "admin",
        StaffRole.AntiDiscrimination => "anti_discrimination",
        _ => "staff",
    };
}
