using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Attendance;

/// <summary>Handlers of <c>dialogs/shift-attendance.yaml</c>: <c>/attendance</c> for staff, one volunteer at a time.</summary>
internal sealed class ShiftAttendanceActions(
    StaffDirectory directory,
    IShiftStore shifts,
    ISignupStore signups,
    IVolunteerStore volunteers,
    ShiftFormatter format,
    TimeProvider time) : IFlowActions
{
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(30);
    private const int MaxListed = 10;

    public string FlowId => "shift-attendance";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = StaffGate.Check(directory),
        ["any_finished"] = async (ctx, ct) => (await FinishedAsync(ct).ConfigureAwait(false)).Count == 0 ? "none" : null,
        ["begin"] = BeginAsync,
        ["next_person"] = NextPersonAsync,
        ["record"] = RecordAsync,
        ["finish"] = FinishAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["finished_shifts"] = async (ctx, ct) => (await FinishedAsync(ct).ConfigureAwait(false))
            .Select(s => new ChoiceOption(s.Id, format.Label(s, ctx.Language, withTitle: true))).ToList(),
    };

    /// <summary>Shifts of the last 30 days that have ended and had volunteers on them, latest first.</summary>
    private async Task<IReadOnlyList<Shift>> FinishedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new List<Shift>();
        foreach (var shift in (await shifts.ListAsync(now - LookBack, now, cancellationToken).ConfigureAwait(false)).Where(s => s.End <= now).Reverse())
        {
            if ((await ActiveAsync(shift.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                result.Add(shift);
            }
        }

        return result.Take(MaxListed).ToList();
    }

    private async ValueTask<string?> BeginAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var shift = await shifts.GetAsync(context.Value("shift_id") ?? "", cancellationToken).ConfigureAwait(false);
        context.Values["shift"] = shift is null ? "" : format.Describe(shift, context.Language);
        context.Values["index"] = "0";
        return null;
    }

    private async ValueTask<string?> NextPersonAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(context.Value("shift_id") ?? "", cancellationToken).ConfigureAwait(false);
        var index = int.Parse(context.Value("index", "0"), CultureInfo.InvariantCulture);
        if (index >= active.Count)
        {
            return "finish";
        }

        var signup = active[index];
        var name = (await volunteers.GetAsync(signup.UserId, cancellationToken).ConfigureAwait(false))?.Name;
        context.Values["person"] = string.IsNullOrEmpty(name) ? "–" : name;
        context.Values["signup_id"] = signup.Id;
        return null;
    }

    private async ValueTask<string?> RecordAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await signups.GetAsync(context.Value("signup_id") ?? "", cancellationToken).ConfigureAwait(false) is { } signup
            && await shifts.GetAsync(signup.ShiftId, cancellationToken).ConfigureAwait(false) is { } shift)
        {
            var present = context.Value("mark") == "present";
            await signups.SaveAsync(signup with
            {
                Attendance = present ? AttendanceMark.Present : AttendanceMark.Absent,
                Hours = present ? Math.Round((decimal)shift.Duration.TotalHours, 2) : 0,
            }, cancellationToken).ConfigureAwait(false);
        }

        var index = int.Parse(context.Value("index", "0"), CultureInfo.InvariantCulture);
        context.Values["index"] = (index + 1).ToString(CultureInfo.InvariantCulture);
        return "next_person";
    }

    private async ValueTask<string?> FinishAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(context.Value("shift_id") ?? "", cancellationToken).ConfigureAwait(false);
        context.Values["count"] = active.Count(s => s.Attendance == AttendanceMark.Present).ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private async Task<IReadOnlyList<ShiftSignup>> ActiveAsync(string shiftId, CancellationToken cancellationToken) =>
        (await signups.ForShiftAsync(shiftId, cancellationToken).ConfigureAwait(false)).Where(s => s.IsActive).OrderBy(s => s.SignedUpAt).ThenBy(s => s.UserId).ToList();
}
