using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Logging;

namespace Assistant.Volunteers.Reminders;

public enum OfferOutcome
{
    Offered,
    Full,

    /// <summary>No such shift, it has started, or it was called off.</summary>
    Gone,
}

public sealed record OfferResult(OfferOutcome Outcome, int Count = 0);

/// <summary>
/// Offers a shift that is short of people to the volunteers who fit it, each in their own language,
/// with a button to take it. Nobody gets the same offer twice, and nobody who cancelled the shift.
/// </summary>
public sealed class ShiftOffers(
    IShiftStore shifts,
    ISignupStore signups,
    IVolunteerStore volunteers,
    IUserProfileStore profiles,
    IUserMessenger messenger,
    TextCatalog texts,
    ShiftFormatter format,
    TimeProvider time,
    ILogger<ShiftOffers> logger)
{
    public const string TakeCommand = "shift-take";

    public async Task<OfferResult> OfferAsync(string shiftId, CancellationToken cancellationToken)
    {
        if (await shifts.GetAsync(shiftId, cancellationToken).ConfigureAwait(false) is not { IsCancelled: false } shift || shift.Start <= time.GetUtcNow())
        {
            return new OfferResult(OfferOutcome.Gone);
        }

        var onShift = (await signups.ForShiftAsync(shiftId, cancellationToken).ConfigureAwait(false)).ToList();
        var missing = shift.Needed - onShift.Count(s => s.IsActive);
        if (missing <= 0)
        {
            return new OfferResult(OfferOutcome.Full);
        }

        var skip = onShift.Select(s => s.UserId).Concat(shift.OfferedTo).ToHashSet();
        var offered = new List<long>();
        foreach (var volunteer in await volunteers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (skip.Contains(volunteer.UserId) || !volunteer.Fits(shift))
            {
                continue;
            }

            var profile = await profiles.GetAsync(volunteer.UserId, cancellationToken).ConfigureAwait(false);
            if (profile is { Unreachable: true })
            {
                continue;
            }

            await messenger.SendAsync(volunteer.UserId, [Offer(shift, missing, profile?.Language ?? Languages.Reference)], cancellationToken).ConfigureAwait(false);
            offered.Add(volunteer.UserId);
        }

        if (offered.Count > 0)
        {
            await shifts.UpdateAsync(shiftId, s => s with { OfferedTo = [.. s.OfferedTo, .. offered] }, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Shift {ShiftId} offered to {Count} volunteers", shiftId, offered.Count);
        return new OfferResult(OfferOutcome.Offered, offered.Count);
    }

    private OutgoingMessage Offer(Shift shift, int missing, string language) => new()
    {
        Text = texts.Get(language, "volunteers.offer", new Dictionary<string, string>
        {
            ["shift"] = format.Describe(shift, language),
            ["count"] = missing.ToString(CultureInfo.InvariantCulture),
        }),
        Direction = texts.DirectionOf(language),
        Buttons = [[new Button(texts.Get(language, "volunteers.take"), $"/{TakeCommand} {shift.Id}")]],
    };
}
