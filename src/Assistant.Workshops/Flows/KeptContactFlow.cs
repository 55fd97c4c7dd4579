using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Users;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>
/// Name and phone given once, offered again ("Register as Amina Yusuf?") when the person agreed to keep
/// them. Shared by the registration flows; the steps are <c>kept_contact</c>, <c>use_kept_contact</c> and
/// <c>fill_kept_contact</c>, and the flow goes on at <c>after_phone</c>.
/// </summary>
internal static class KeptContactFlow
{
    /// <summary>Command of the buttons under a confirmation; its argument is the registration id, or <see cref="No"/>.</summary>
    public const string Command = "/keep-contact ";

    public const string No = "no";

    /// <summary>Offers the kept name when there is one, else goes to the name question.</summary>
    public static ValueTask<string?> Offer(ActionContext context, CancellationToken cancellationToken)
    {
        if (!HasConsent(context) || context.Profile.KeptContact is not { } kept)
        {
            return Go("name");
        }

        context.Values["kept_name"] = kept.Name;
        return Go(null);
    }

    /// <summary>"Yes, that's me": name and phone as kept, both questions skipped.</summary>
    public static ValueTask<string?> Fill(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Profile.KeptContact is not { } kept)
        {
            return Go("name");
        }

        context.Values["name"] = kept.Name;
        context.Values["phone_wanted"] = kept.Phone is null ? "no" : "yes";
        if (kept.Phone is not null)
        {
            context.Values["phone"] = kept.Phone;
        }

        return Go(null);
    }

    /// <summary>
    /// After the registration is saved (so nothing is lost): asks once whether name and phone may be kept.
    /// Not asked without the general consent, when something is kept already, or after a "no".
    /// </summary>
    public static void AskToKeep(ActionContext context, string registrationId)
    {
        var profile = context.Profile;
        if (!HasConsent(context) || profile.KeptContact is not null || profile.KeepContactDeclined)
        {
            return;
        }

        context.Send(new OutgoingMessage
        {
            Text = context.Text("workshops.keep_contact_ask"),
            Buttons =
            [
                [new Button(context.Text("workshops.keep_contact_yes"), Command + registrationId)],
                [new Button(context.Text("workshops.keep_contact_no"), Command + No)],
            ],
        });
    }

    /// <summary>Records the answer in the profile, as a consent decision with purpose <c>keep_contact</c>.</summary>
    public static void Record(ActionContext context, ConsentRecorder consent, bool keep, string name, string? phone) =>
        context.UpdateProfile(p => consent.RecordKeepContact(p, keep, name, phone));
}
