using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Assistant.Workshops;

/// <summary>Workshops, appointments and their reminders (section <c>Workshops</c>).</summary>
public sealed class WorkshopsOptions
{
    public const string Section = "Workshops";

    /// <summary>Folder holding <c>workshops/*.yaml</c> and <c>appointments/*.yaml</c>; looked up from the working directory upwards.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ContentPath { get; set; } = "content";

    /// <summary>Reload the workshops and appointments when staff save a file (<c>Workshops:WatchForChanges</c>). Default true.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// How long the folders must be quiet before a reload (<c>Workshops:ReloadDelay</c>, default 1 s): editors
    /// save in several steps, and a reload in between would read a half-written file.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the first person on the waiting list has to accept a freed place (hours; default 24).</summary>
    [Range(1, 168)]
    public int WaitlistOfferHours { get; set; } = 24;

    /// <summary>How long before a workshop session or an appointment the reminders go out.</summary>
    public ReminderOffsets Reminders { get; set; } = new();

    public TimeSpan WaitlistOfferTime => TimeSpan.FromHours(WaitlistOfferHours);
}

/// <summary>
/// Reminder offsets per kind as <c>hours:minutes:seconds</c>, hours may exceed 23 (<c>"24:00:00"</c>).
/// Left empty, a kind gets the default of 24 hours and 2 hours before.
/// </summary>
public sealed class ReminderOffsets
{
    public static readonly IReadOnlyList<TimeSpan> Default = [TimeSpan.FromHours(24), TimeSpan.FromHours(2)];

    // Arrays without an initial value: the configuration binder appends to a list that already has items.
    public string[]? Workshop { get; set; }

    public string[]? Appointment { get; set; }

    public IReadOnlyList<TimeSpan> ForWorkshops => Parse(Workshop);

    public IReadOnlyList<TimeSpan> ForAppointments => Parse(Appointment);

    /// <summary>The first offset that cannot be read or is out of range, with the key that holds it; null when all are fine.</summary>
    public string? Problem()
    {
        foreach (var (key, values) in new[] { (nameof(Workshop), Workshop), (nameof(Appointment), Appointment) })
        {
            foreach (var value in values ?? [])
            {
                if (TryParse(value) is not { } offset || offset <= TimeSpan.Zero || offset > TimeSpan.FromDays(14))
                {
                    return $"{WorkshopsOptions.Section}:Reminders:{key} has '{value}'; write hours:minutes:seconds between 00:01:00 and 336:00:00, such as \"24:00:00\".";
                }
            }
        }

        return null;
    }

    /// <summary>Reads <c>"24:00:00"</c>, <c>"2:30"</c> or the .NET form <c>"1.00:00:00"</c>.</summary>
    public static TimeSpan? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Trim().Split(':');
        if (parts.Length is 2 or 3 && !parts[0].Contains('.', StringComparison.Ordinal)
            && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return numbers[1] > 59 || (numbers.Length == 3 && numbers[2] > 59)
                ? null
                : new TimeSpan(numbers[0], numbers[1], numbers.Length == 3 ? numbers[2] : 0);
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) ? span : null;
    }

    private static IReadOnlyList<TimeSpan> Parse(string[]? values) =>
        values is not { Length: > 0 }
            ? Default
            : values.Select(v => TryParse(v) ?? throw new FormatException(v)).Distinct().OrderDescending().ToList();
}
