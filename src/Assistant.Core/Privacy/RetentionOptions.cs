using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Privacy;

/// <summary>How long each kind of personal data is kept (section <c>Retention</c>). A daily job deletes what is due.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Local time of day when the daily deletion runs.</summary>
    public TimeOnly RunAt { get; set; } = new(3, 0);

    /// <summary>Unfinished drafts (such as a discrimination report left in the middle).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Drafts { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Registrations and appointments, counted from the day of the workshop or appointment.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan Registrations { get; set; } = TimeSpan.FromDays(183);

    /// <summary>Closed tickets and reports, counted from closing.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan ClosedTickets { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Everything about a user who has not written for this long.</summary>
    [Range(typeof(TimeSpan), "30.00:00:00", "3650.00:00:00")]
    public TimeSpan InactiveUsers { get; set; } = TimeSpan.FromDays(730);
}

/// <summary>One kind of data with a retention period; the daily job asks each to delete what is due.</summary>
public interface IRetentionPolicy
{
    /// <summary>A short name for the log line ("drafts", "registrations").</summary>
    string Name { get; }

    /// <summary>Deletes what is older than its period at <paramref name="now"/>; returns how many records.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
