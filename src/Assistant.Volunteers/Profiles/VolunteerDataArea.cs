using Assistant.Core.Localization;
using Assistant.Core.Privacy;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Profiles;

/// <summary>
/// The volunteer's data for /mydata and /delete: profile, sign-ups and attendance. Erasure first
/// cancels future sign-ups, so the places are free and the coordinators know, then removes everything.
/// </summary>
internal sealed class VolunteerDataArea(
    IVolunteerStore volunteers,
    ISignupStore signups,
    IShiftStore shifts,
    ShiftBoard board,
    ShiftFormatter format,
    TextCatalog texts) : IPersonalDataArea
{
    public string Name => "volunteers";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        var profile = await volunteers.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        var own = await signups.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (profile is null && own.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        if (profile is not null)
        {
            lines.Add(texts.Get(language, "volunteers.data_profile", new Dictionary<string, string>
            {
                ["name"] = profile.Name,
                ["languages"] = string.Join(", ", profile.Languages.Select(l => format.LanguageName(l, language))),
                ["kinds"] = string.Join(", ", profile.Kinds.Select(k => format.KindName(k, language))),
                ["phone"] = profile.Phone ?? "-",
            }));
        }

        var signupData = new List<object>();
        foreach (var signup in own)
        {
            var shift = await shifts.GetAsync(signup.ShiftId, cancellationToken).ConfigureAwait(false);
            lines.Add(texts.Get(language, "volunteers.data_signup", new Dictionary<string, string>
            {
                ["shift"] = shift is null ? signup.ShiftId : $"{format.Label(shift, language)} ({shift.Title})",
                ["status"] = texts.Get(language, StatusKey(signup)),
            }));
            signupData.Add(new { signup, shift = shift is null ? null : new { shift.Id, shift.Title, shift.Kind, shift.Start, shift.End, shift.Place } });
        }

        return new PersonalDataSection(Name, lines, new { profile, signups = signupData });
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        await board.CancelAllForErasureAsync(userId, cancellationToken).ConfigureAwait(false);
        var removed = await signups.DeleteForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return removed + (await volunteers.DeleteAsync(userId, cancellationToken).ConfigureAwait(false) ? 1 : 0);
    }

    private static string StatusKey(ShiftSignup signup) => signup switch
    {
        { Attendance: AttendanceMark.Present } => "volunteers.status_present",
        { Attendance: AttendanceMark.Absent } => "volunteers.status_absent",
        { Status: SignupStatus.Cancelled } => "volunteers.status_cancelled",
        _ => "volunteers.status_active",
    };
}
