using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Users;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Reminders;

/// <summary>
/// Sends a shift reminder with "I'll be there" and "I can't". The buttons carry commands
/// (<c>/shift-attend</c>, <c>/shift-cancel</c>) with the sign-up id, so they work whatever the volunteer
/// is doing in the chat when the reminder arrives; the flows check the id belongs to them.
/// </summary>
internal sealed class ShiftReminderJob(
    ISignupStore signups,
    IShiftStore shifts,
    IUserProfileStore profiles,
    IUserMessenger messenger,
    TextCatalog texts,
    ShiftFormatter format) : IJobHandler
{
    public const string AttendCommand = "shift-attend";
    public const string CancelCommand = "shift-cancel";

    public string Kind => ShiftJobs.ReminderKind;

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        // A cancelled sign-up, a called-off or a moved shift makes the reminder pointless; its job may still be queued.
        if (await signups.GetAsync(job.Data["signup"], cancellationToken).ConfigureAwait(false) is not { IsActive: true } signup
            || await shifts.GetAsync(signup.ShiftId, cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } shift
            || !ShiftJobs.IsFor(job, shift))
        {
            return;
        }

        var language = (await profiles.GetAsync(signup.UserId, cancellationToken).ConfigureAwait(false))?.Language ?? Languages.Reference;
        var confirmed = signup.ConfirmedAt is not null;
        var buttons = new List<Button>();
        if (!confirmed)
        {
            buttons.Add(new Button(texts.Get(language, "volunteers.will_come"), $"/{AttendCommand} {signup.Id}"));
        }

        buttons.Add(new Button(texts.Get(language, "volunteers.cant_come"), $"/{CancelCommand} {signup.Id}"));
        var message = new OutgoingMessage
        {
            Text = texts.Get(language, confirmed ? "volunteers.reminder_confirmed" : "volunteers.reminder", new Dictionary<string, string> { ["shift"] = format.Describe(shift, language) }),
            Direction = texts.DirectionOf(language),
            Buttons = [buttons],
        };
        await messenger.SendAsync(signup.UserId, [message], cancellationToken).ConfigureAwait(false);
    }
}
