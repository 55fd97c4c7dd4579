using System.ComponentModel.DataAnnotations;

namespace Assistant.StaffConsole;

/// <summary>The staff console's settings (section <c>StaffConsole</c>).</summary>
public sealed class StaffConsoleOptions
{
    public const string Section = "StaffConsole";

    /// <summary>
    /// The address staff open, such as <c>https://console.example.org</c>, behind which the host answers.
    /// Empty: the address the host listens on (the local chat's, or <c>Health:Urls</c> when polling).
    /// </summary>
    public string? Url { get; set; }

    /// <summary>How long a sign-in link works. Default 10 minutes.</summary>
    [Range(1, 60)]
    public int LinkMinutes { get; set; } = 10;

    /// <summary>A session ends after this many hours without a page opened. Default 8.</summary>
    [Range(1, 24)]
    public int SessionHours { get; set; } = 8;

    /// <summary>Rows per page in the lists. Default 25.</summary>
    [Range(5, 200)]
    public int PageSize { get; set; } = 25;
}
