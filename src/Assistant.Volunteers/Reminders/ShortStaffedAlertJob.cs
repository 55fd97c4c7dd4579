using Assistant.Core.Scheduling;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Reminders;

/// <summary>
/// Checks, <see cref="VolunteersOptions.ShortStaffedAlertHours"/> before a shift, whether it still lacks
/// people, and alerts the coordinators. A job made for an earlier start of a moved shift does nothing.
/// </summary>
internal sealed class ShortStaffedAlertJob(IShiftStore shifts, ISignupStore signups, CoordinatorNotices notices, TimeProvider time) : IJobHandler
{
    public string Kind => ShiftJobs.AlertKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await shifts.GetAsync(job.Data["shift"], cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } shift
            || !ShiftJobs.IsFor(job, shift)
            || shift.Start <= time.GetUtcNow())
        {
            return;
        }

        var active = (await signups.ForShiftAsync(shift.Id, cancellationToken).ConfigureAwait(false)).Count(s => s.IsActive);
        if (active < shift.Needed)
        {
            await notices.ShortStaffedAsync(shift, active, cancellationToken).ConfigureAwait(false);
        }
    }
}
