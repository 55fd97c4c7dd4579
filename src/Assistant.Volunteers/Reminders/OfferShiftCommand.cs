using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Reminders;

/// <summary><c>/offer-shift &lt;shiftId&gt;</c>, the button under a short-staffed alert in the coordinators' chat.</summary>
internal sealed class OfferShiftCommand(ShiftOffers offers, TextCatalog texts, IOptions<StaffOptions> staff) : IStaffCommand
{
    public string Name => CoordinatorNotices.OfferCommand;

    public StaffRole RequiredRole => StaffRole.Staff;

    public async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var result = await offers.OfferAsync(context.Argument.Trim(), cancellationToken).ConfigureAwait(false);
        var key = result switch
        {
            { Outcome: OfferOutcome.Gone } => "volunteers.staff_offer_gone",
            { Outcome: OfferOutcome.Full } => "volunteers.staff_offer_full",
            { Count: 0 } => "volunteers.staff_offered_none",
            _ => "volunteers.staff_offered",
        };
        var language = staff.Value.Language;
        return texts.Message(language, key, new Dictionary<string, string> { ["count"] = result.Count.ToString(CultureInfo.InvariantCulture) });
    }
}
