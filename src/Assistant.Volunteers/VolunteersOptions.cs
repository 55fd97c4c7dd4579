using System.ComponentModel.DataAnnotations;

namespace Assistant.Volunteers;

/// <summary>Volunteer settings (section <c>Volunteers</c>).</summary>
public sealed class VolunteersOptions
{
    public const string Section = "Volunteers";

    /// <summary>Folder of the shift files (<c>*.yaml</c>); relative paths are looked up from the working directory upwards. Default <c>content/shifts</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Volunteers:ContentPath must name the folder of the shift files.")]
    public string ContentPath { get; set; } = "content/shifts";

    /// <summary>Until this many hours before a shift a volunteer may cancel on their own; later only through the coordinators. Default 24.</summary>
    [Range(0, 720, ErrorMessage = "Volunteers:CancelCutoffHours must be between 0 and 720.")]
    public int CancelCutoffHours { get; set; } = 24;

    /// <summary>A shift still short of people this many hours before its start raises an alert for the coordinators. Default 48.</summary>
    [Range(1, 720, ErrorMessage = "Volunteers:ShortStaffedAlertHours must be between 1 and 720.")]
    public int ShortStaffedAlertHours { get; set; } = 48;

    /// <summary>
    /// How long before a shift volunteers are reminded. Default a day and 2 hours, written
    /// <c>["1.00:00:00", "02:00:00"]</c> (.NET reads "24:00:00" as 24 days). Null here means the default:
    /// the configuration binder adds to a list instead of replacing it, so the default cannot live in it.
    /// </summary>
    public List<TimeSpan>? Reminders { get; set; }

    /// <summary>How many days an invitation link works. Default 7.</summary>
    [Range(1, 90, ErrorMessage = "Volunteers:InviteValidDays must be between 1 and 90.")]
    public int InviteValidDays { get; set; } = 7;

    public static IReadOnlyList<TimeSpan> DefaultReminders { get; } = [TimeSpan.FromHours(24), TimeSpan.FromHours(2)];

    /// <summary>The reminder offsets in effect, longest first.</summary>
    public IReadOnlyList<TimeSpan> ReminderOffsets() =>
        (Reminders is { Count: > 0 } ? Reminders : DefaultReminders).Distinct().OrderDescending().ToList();

    internal bool RemindersAreValid() =>
        Reminders is null || Reminders.All(r => r > TimeSpan.Zero && r <= TimeSpan.FromDays(14));
}
