using System.Globalization;
using System.Security.Cryptography;
using Assistant.Core.Scheduling;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Reminders;

/// <summary>
/// Puts the timed parts of shifts into the scheduler: the reminders of each sign-up and the
/// short-staffed check of each shift. Scheduling again (the shift moved) first cancels the pending
/// jobs of the same sign-up or shift, then adds new ones under fresh ids: the store never revives a
/// cancelled id, and a job also carries the start it was made for, so one made for an old time is skipped.
/// </summary>
public sealed class ShiftJobs(
    JobScheduler scheduler,
    IScheduledJobStore jobs,
    IOptions<VolunteersOptions> options,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time)
{
    public const string ReminderKind = "volunteers.shift-reminder";
    public const string AlertKind = "volunteers.short-staffed";

    private readonly QuietHours _quiet = new(scheduling.Value.Zone, scheduling.Value.QuietHoursStart, scheduling.Value.QuietHoursEnd);

    public static string ReminderPrefix(string signupId) => $"shift-reminder:{signupId}:";

    public static string AlertPrefix(string shiftId) => $"shift-alert:{shiftId}:";

    /// <summary>True when the job was made for the shift's current start.</summary>
    public static bool IsFor(ScheduledJob job, Shift shift) =>
        job.Data.GetValueOrDefault("start") == shift.Start.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One job per reminder offset that still lies ahead. Each is useful until the next one is due (the
    /// last until the start), so a reminder delayed by an outage never arrives together with the next.
    /// </summary>
    public async Task ScheduleRemindersAsync(ShiftSignup signup, Shift shift, CancellationToken cancellationToken)
    {
        await CancelRemindersAsync(signup.Id, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var round = NewRound();
        var offsets = options.Value.ReminderOffsets();
        var dues = offsets.Select((offset, i) => AvoidNight(shift.Start - offset, i + 1 < offsets.Count ? shift.Start - offsets[i + 1] : shift.Start)).ToList();
        for (var i = 0; i < offsets.Count; i++)
        {
            var due = dues[i];
            var usefulUntil = i + 1 < offsets.Count ? dues[i + 1] : shift.Start;
            if (due <= now || due >= usefulUntil)
            {
                continue;
            }

            await scheduler.ScheduleAsync(new ScheduledJob
            {
                Id = $"{ReminderPrefix(signup.Id)}{round}:{(int)offsets[i].TotalMinutes}",
                Kind = ReminderKind,
                DueAt = due,
                UsefulUntil = usefulUntil,
                RespectsQuietHours = true,
                UserId = signup.UserId,
                Data = new Dictionary<string, string> { ["signup"] = signup.Id, ["start"] = StartKey(shift) },
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task CancelRemindersAsync(string signupId, CancellationToken cancellationToken) =>
        jobs.CancelAsync(ReminderPrefix(signupId), cancellationToken);

    /// <summary>Drops the pending short-staffed check of the shift (it was called off).</summary>
    public Task CancelAlertAsync(string shiftId, CancellationToken cancellationToken) =>
        jobs.CancelAsync(AlertPrefix(shiftId), cancellationToken);

    /// <summary>The check whether the shift is still short of people, <see cref="VolunteersOptions.ShortStaffedAlertHours"/> before it starts (at once when that is past).</summary>
    public async Task ScheduleAlertAsync(Shift shift, CancellationToken cancellationToken)
    {
        await jobs.CancelAsync(AlertPrefix(shift.Id), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (shift.Start <= now)
        {
            return;
        }

        var due = shift.Start - TimeSpan.FromHours(options.Value.ShortStaffedAlertHours);
        await scheduler.ScheduleAsync(new ScheduledJob
        {
            Id = AlertPrefix(shift.Id) + NewRound(),
            Kind = AlertKind,
            DueAt = due < now ? now : due,
            UsefulUntil = shift.Start,
            RespectsQuietHours = true,
            Data = new Dictionary<string, string> { ["shift"] = shift.Id, ["start"] = StartKey(shift) },
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A reminder due in the night waits for the morning (the scheduler does that). When the morning is
    /// too late, such as 2 hours before a 7:30 appointment at the foreigners' office, the scheduler would
    /// send it in the night; it goes out the evening before instead, an hour before the quiet hours.
    /// </summary>
    private DateTimeOffset AvoidNight(DateTimeOffset due, DateTimeOffset usefulUntil)
    {
        if (!_quiet.Contains(due) || _quiet.NextAllowed(due) < usefulUntil)
        {
            return due;
        }

        var zone = scheduling.Value.Zone;
        var local = Clock.ToLocal(due, zone);
        var quietStart = scheduling.Value.QuietHoursStart;
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) < quietStart)
        {
            day = day.AddDays(-1);
        }

        return Clock.ToInstant(day.ToDateTime(quietStart.AddHours(-1)), zone);
    }

    private static string StartKey(Shift shift) => shift.Start.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static string NewRound() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
}
