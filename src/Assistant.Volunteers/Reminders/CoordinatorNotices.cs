using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Reminders;

/// <summary>Why a place on a shift became free.</summary>
public enum CancelReason
{
    /// <summary>The volunteer cancelled before the cut-off.</summary>
    InTime,

    /// <summary>After the cut-off ("I can't").</summary>
    Late,

    /// <summary>The volunteer had all their data erased.</summary>
    Erased,
}

/// <summary>
/// What the coordinators' chat hears about shifts: a shift short of people (with a button that offers
/// it to the volunteers who fit), a cancellation, a shift that is full again, and a shift staff called
/// off. Texts are in the staff language (<see cref="StaffOptions.Language"/>).
/// </summary>
public sealed class CoordinatorNotices(
    IStaffChats chats,
    IShiftStore shifts,
    TextCatalog texts,
    ShiftFormatter format,
    IOptions<StaffOptions> staff,
    IOptions<VolunteersOptions> options,
    TimeProvider time)
{
    public const string OfferCommand = "offer-shift";

    private string Language => staff.Value.Language;

    /// <summary>Posts the short-staffed alert with its offer button, and notes the time on the shift.</summary>
    public async Task ShortStaffedAsync(Shift shift, int active, CancellationToken cancellationToken)
    {
        await PostAsync("volunteers.staff_alert", shift, active, null, withOffer: true, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await shifts.UpdateAsync(shift.Id, s => s with { AlertPostedAt = now }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tells the coordinators that a place became free. Inside the alert window, a shift now short of
    /// people gets the offer button at once: the alert for it may already have passed.
    /// </summary>
    public async Task CancelledAsync(Shift shift, string? volunteerName, CancelReason reason, int active, CancellationToken cancellationToken)
    {
        var inAlertWindow = time.GetUtcNow() >= shift.Start - TimeSpan.FromHours(options.Value.ShortStaffedAlertHours);
        var withOffer = inAlertWindow && active < shift.Needed;
        var key = reason switch
        {
            CancelReason.Late => "volunteers.staff_cancelled_late",
            CancelReason.Erased => "volunteers.staff_erased",
            _ => "volunteers.staff_cancelled",
        };
        await PostAsync(key, shift, active, volunteerName, withOffer, cancellationToken).ConfigureAwait(false);
        if (withOffer)
        {
            var now = time.GetUtcNow();
            await shifts.UpdateAsync(shift.Id, s => s with { AlertPostedAt = now }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Tells the coordinators that a shift they were alerted about is full now, so nobody keeps looking.</summary>
    public Task ShiftFullAsync(Shift shift, CancellationToken cancellationToken) =>
        PostAsync("volunteers.staff_full", shift, shift.Needed, null, withOffer: false, cancellationToken);

    /// <summary>Tells the coordinators that staff called a shift off, and how many volunteers on it were told.</summary>
    public Task CalledOffAsync(Shift shift, int told, CancellationToken cancellationToken) =>
        PostAsync("volunteers.staff_called_off", shift, told, null, withOffer: false, cancellationToken);

    private async Task PostAsync(string key, Shift shift, int active, string? name, bool withOffer, CancellationToken cancellationToken)
    {
        var text = texts.Get(Language, key, new Dictionary<string, string>
        {
            ["shift"] = format.Describe(shift, Language),
            ["signed"] = active.ToString(CultureInfo.InvariantCulture),
            ["needed"] = shift.Needed.ToString(CultureInfo.InvariantCulture),
            ["name"] = name ?? "",
        });
        var message = new OutgoingMessage
        {
            Text = text,
            Direction = texts.DirectionOf(Language),
            Buttons = withOffer ? [[new Button(texts.Get(Language, "volunteers.staff_offer_button"), $"/{OfferCommand} {shift.Id}")]] : [],
        };
        await chats.PostAsync(StaffChatKind.Coordinators, message, null, cancellationToken).ConfigureAwait(false);
    }
}
