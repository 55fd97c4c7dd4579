using System.Security.Cryptography;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Shifts;

public enum SignUpOutcome
{
    SignedUp,
    Full,
    AlreadySignedUp,

    /// <summary>The shift does not exist, has started, or was called off.</summary>
    Gone,
    DoesNotFit,
    NotVolunteer,
}

public sealed record SignUpResult(SignUpOutcome Outcome, ShiftSignup? Signup = null);

public enum CancelOutcome
{
    Cancelled,

    /// <summary>After the cut-off, and the caller does not allow a late cancellation.</summary>
    TooLate,

    /// <summary>Not the user's sign-up, already cancelled, or the shift has started.</summary>
    NotPossible,
}

/// <summary>A shift staff called off, with the sign-ups that were active on it until then.</summary>
public sealed record CalledOffShift(Shift Shift, IReadOnlyList<ShiftSignup> Signups);

/// <summary>A sign-up of the user together with its shift.</summary>
public sealed record OwnSignup(ShiftSignup Signup, Shift Shift);

/// <summary>
/// The shift plan: which shifts are open for whom, signing up and cancelling, and keeping reminders
/// and the coordinators in step with it. Sign-ups run one at a time, so the check for a free place and
/// the new sign-up cannot be split by another volunteer taking the same last place.
/// </summary>
public sealed class ShiftBoard(
    IShiftStore shifts,
    ISignupStore signups,
    IVolunteerStore volunteers,
    ShiftJobs jobs,
    CoordinatorNotices notices,
    IOptions<VolunteersOptions> options,
    TimeProvider time,
    ILogger<ShiftBoard> logger)
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(366);
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Until then a volunteer may cancel on their own.</summary>
    public DateTimeOffset CutoffOf(Shift shift) => shift.Start - TimeSpan.FromHours(options.Value.CancelCutoffHours);

    /// <summary>Saves a new or changed shift, keeping what happened to it so far, and schedules its alert and moved reminders.</summary>
    public async Task SaveShiftAsync(Shift shift, CancellationToken cancellationToken)
    {
        var existing = await shifts.GetAsync(shift.Id, cancellationToken).ConfigureAwait(false);
        // A content file read again at start must not bring back a shift staff called off.
        var saved = existing is null ? shift : shift with
        {
            AlertPostedAt = existing.AlertPostedAt,
            OfferedTo = existing.OfferedTo,
            CancelledAt = existing.CancelledAt,
            CancelledBy = existing.CancelledBy,
        };
        if (existing == saved)
        {
            return;
        }

        await shifts.SaveAsync(saved, cancellationToken).ConfigureAwait(false);
        if (saved.IsCancelled || (existing is not null && existing.Start == saved.Start))
        {
            // Called off: nothing is due any more. Same time: the jobs stand; they read the number of people
            // and the texts when they run.
            return;
        }

        await jobs.ScheduleAlertAsync(saved, cancellationToken).ConfigureAwait(false);
        foreach (var signup in (await signups.ForShiftAsync(saved.Id, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive))
        {
            await jobs.ScheduleRemindersAsync(signup, saved, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> ActiveCountAsync(string shiftId, CancellationToken cancellationToken) =>
        (await signups.ForShiftAsync(shiftId, cancellationToken).ConfigureAwait(false)).Count(s => s.IsActive);

    /// <summary>Shifts ahead that fit the volunteer, have a free place and that they are not on yet, earliest first.</summary>
    public async Task<IReadOnlyList<Shift>> OpenShiftsForAsync(long userId, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(userId, cancellationToken).ConfigureAwait(false) is not { } volunteer)
        {
            return [];
        }

        var mine = (await signups.ForUserAsync(userId, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive).Select(s => s.ShiftId).ToHashSet();
        var open = new List<Shift>();
        foreach (var shift in await UpcomingAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!mine.Contains(shift.Id) && volunteer.Fits(shift) && await ActiveCountAsync(shift.Id, cancellationToken).ConfigureAwait(false) < shift.Needed)
            {
                open.Add(shift);
            }
        }

        return open;
    }

    /// <summary>Shifts ahead that have not been called off, earliest first.</summary>
    public async Task<IReadOnlyList<Shift>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await shifts.ListAsync(now, now + Horizon, cancellationToken).ConfigureAwait(false)).Where(s => !s.IsCancelled).ToList();
    }

    public async Task<SignUpResult> SignUpAsync(long userId, string shiftId, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(userId, cancellationToken).ConfigureAwait(false) is not { } volunteer)
        {
            return new SignUpResult(SignUpOutcome.NotVolunteer);
        }

        ShiftSignup signup;
        Shift shift;
        bool nowFull;
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await shifts.GetAsync(shiftId, cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } found || found.Start <= time.GetUtcNow())
            {
                return new SignUpResult(SignUpOutcome.Gone);
            }

            shift = found;
            if (!volunteer.Fits(shift))
            {
                return new SignUpResult(SignUpOutcome.DoesNotFit);
            }

            var active = (await signups.ForShiftAsync(shiftId, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive).ToList();
            if (active.Any(s => s.UserId == userId))
            {
                return new SignUpResult(SignUpOutcome.AlreadySignedUp);
            }

            if (active.Count >= shift.Needed)
            {
                return new SignUpResult(SignUpOutcome.Full);
            }

            signup = new ShiftSignup { Id = NewId(), ShiftId = shiftId, UserId = userId, SignedUpAt = time.GetUtcNow() };
            await signups.SaveAsync(signup, cancellationToken).ConfigureAwait(false);
            nowFull = active.Count + 1 == shift.Needed;
        }
        finally
        {
            _lock.Release();
        }

        logger.LogInformation("Sign-up {SignupId} for shift {ShiftId}", signup.Id, shiftId);
        await jobs.ScheduleRemindersAsync(signup, shift, cancellationToken).ConfigureAwait(false);
        if (nowFull && shift.AlertPostedAt is not null)
        {
            await NotifyAsync(() => notices.ShiftFullAsync(shift, cancellationToken), shiftId).ConfigureAwait(false);
        }

        return new SignUpResult(SignUpOutcome.SignedUp, signup);
    }

    /// <summary>The user's active sign-ups for shifts that have not ended, earliest first.</summary>
    public async Task<IReadOnlyList<OwnSignup>> UpcomingForAsync(long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new List<OwnSignup>();
        foreach (var signup in (await signups.ForUserAsync(userId, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive))
        {
            if (await shifts.GetAsync(signup.ShiftId, cancellationToken).ConfigureAwait(false) is { } shift && shift.End > now)
            {
                result.Add(new OwnSignup(signup, shift));
            }
        }

        return result.OrderBy(o => o.Shift.Start).ToList();
    }

    /// <summary>The sign-up, when it is the user's, still active, and its shift has not started; otherwise null (a forged, foreign or old button).</summary>
    public async Task<OwnSignup?> FindOwnAsync(long userId, string? signupId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signupId)
            || await signups.GetAsync(signupId.Trim(), cancellationToken).ConfigureAwait(false) is not { IsActive: true } signup
            || signup.UserId != userId
            || await shifts.GetAsync(signup.ShiftId, cancellationToken).ConfigureAwait(false) is not { } shift
            || shift.Start <= time.GetUtcNow())
        {
            return null;
        }

        return new OwnSignup(signup, shift);
    }

    /// <summary>"I'll be there".</summary>
    public async Task<OwnSignup?> ConfirmAsync(long userId, string? signupId, CancellationToken cancellationToken)
    {
        if (await FindOwnAsync(userId, signupId, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return null;
        }

        var confirmed = own.Signup with { ConfirmedAt = own.Signup.ConfirmedAt ?? time.GetUtcNow() };
        await signups.SaveAsync(confirmed, cancellationToken).ConfigureAwait(false);
        return own with { Signup = confirmed };
    }

    /// <summary>
    /// Frees the place, stops the reminders and tells the coordinators. After the cut-off only when
    /// <paramref name="allowLate"/>: that is the "I can't" that reaches the coordinators at once.
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(long userId, string? signupId, bool allowLate, CancellationToken cancellationToken)
    {
        OwnSignup own;
        bool late;
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await FindOwnAsync(userId, signupId, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return CancelOutcome.NotPossible;
            }

            own = found;
            late = time.GetUtcNow() > CutoffOf(own.Shift);
            if (late && !allowLate)
            {
                return CancelOutcome.TooLate;
            }

            await signups.SaveAsync(own.Signup with { Status = SignupStatus.Cancelled, CancelledAt = time.GetUtcNow(), CancelledLate = late }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }

        logger.LogInformation("Sign-up {SignupId} for shift {ShiftId} cancelled (late: {Late})", own.Signup.Id, own.Shift.Id, late);
        await jobs.CancelRemindersAsync(own.Signup.Id, cancellationToken).ConfigureAwait(false);
        var name = (await volunteers.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Name;
        var active = await ActiveCountAsync(own.Shift.Id, cancellationToken).ConfigureAwait(false);
        await NotifyAsync(() => notices.CancelledAsync(own.Shift, name, late ? CancelReason.Late : CancelReason.InTime, active, cancellationToken), own.Shift.Id).ConfigureAwait(false);
        return CancelOutcome.Cancelled;
    }

    /// <summary>
    /// Staff call a shift off: it is marked cancelled (not deleted), every active sign-up on it is
    /// cancelled, and its reminders and short-staffed check are dropped. Runs under the sign-up lock, so
    /// nobody takes a place on the shift meanwhile. Null when there is no such shift, it has started, or
    /// it was called off already; telling the volunteers and coordinators is left to the caller.
    /// </summary>
    public async Task<CalledOffShift?> CallOffAsync(string shiftId, long byUserId, CancellationToken cancellationToken)
    {
        Shift shift;
        List<ShiftSignup> active;
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (await shifts.GetAsync(shiftId, cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } found || found.Start <= now)
            {
                return null;
            }

            shift = await shifts.UpdateAsync(shiftId, s => s with { CancelledAt = now, CancelledBy = byUserId }, cancellationToken).ConfigureAwait(false) ?? found;
            active = (await signups.ForShiftAsync(shiftId, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive).ToList();
            foreach (var signup in active)
            {
                await signups.SaveAsync(signup with { Status = SignupStatus.Cancelled, CancelledAt = now }, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _lock.Release();
        }

        logger.LogInformation("Shift {ShiftId} called off; {Count} sign-ups cancelled", shiftId, active.Count);
        await jobs.CancelAlertAsync(shiftId, cancellationToken).ConfigureAwait(false);
        foreach (var signup in active)
        {
            await jobs.CancelRemindersAsync(signup.Id, cancellationToken).ConfigureAwait(false);
        }

        return new CalledOffShift(shift, active);
    }

    /// <summary>Before erasure: cancels every future sign-up of the user and tells the coordinators, without the volunteer's name.</summary>
    public async Task<int> CancelAllForErasureAsync(long userId, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var own in await UpcomingForAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await signups.SaveAsync(own.Signup with { Status = SignupStatus.Cancelled, CancelledAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _lock.Release();
            }

            await jobs.CancelRemindersAsync(own.Signup.Id, cancellationToken).ConfigureAwait(false);
            if (own.Shift.Start > time.GetUtcNow())
            {
                var active = await ActiveCountAsync(own.Shift.Id, cancellationToken).ConfigureAwait(false);
                await NotifyAsync(() => notices.CancelledAsync(own.Shift, null, CancelReason.Erased, active, cancellationToken), own.Shift.Id).ConfigureAwait(false);
            }

            cancelled++;
        }

        return cancelled;
    }

    /// <summary>The volunteer's change stands even when the staff chat cannot be reached; the failure is logged for the operators.</summary>
    private async Task NotifyAsync(Func<Task> notify, string shiftId)
    {
        try
        {
            await notify().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The coordinators could not be told about shift {ShiftId}", shiftId);
        }
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
}
