using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Scheduling;

/// <summary>When and how jobs run (section <c>Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>IANA time zone for everything people see and for quiet hours.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Start of the night rest, local time: no reminders from then on.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>End of the night rest, local time.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>Longest sleep between two looks at the store; new jobs are also noticed when scheduled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromMinutes(1);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
