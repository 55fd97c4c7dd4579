using Assistant.Core.Dialogs;

namespace Assistant.Core.Users;

/// <summary>Records a consent decision with its time, language and the version of the notice the user saw.</summary>
public sealed class ConsentRecorder(TimeProvider time)
{
    /// <summary>Raise this when the privacy texts change in substance, so the record says what was agreed to.</summary>
    public const string NoticeVersion = "2026-11";

    public UserProfile Record(UserProfile profile, ConsentDecision decision)
    {
        var now = time.GetUtcNow();
        var language = profile.Language ?? Localization.Languages.Reference;
        return profile with
        {
            Consent = decision,
            ConsentDecidedAt = now,
            ConsentNoticeVersion = NoticeVersion,
            ConsentHistory = [.. profile.ConsentHistory, new ConsentRecord(decision, now, language, NoticeVersion)],
            // Without the general consent nothing is kept for later.
            KeptContact = decision == ConsentDecision.Given ? profile.KeptContact : null,
        };
    }

    /// <summary>
    /// Records the answer to "keep name and phone for next time": yes keeps <paramref name="name"/> and
    /// <paramref name="phone"/>, no is remembered so the question is not asked again. Needs the general consent.
    /// </summary>
    public UserProfile RecordKeepContact(UserProfile profile, bool keep, string name, string? phone)
    {
        if (profile.Consent != ConsentDecision.Given)
        {
            return profile;
        }

        var now = time.GetUtcNow();
        var language = profile.Language ?? Localization.Languages.Reference;
        var decision = keep ? ConsentDecision.Given : ConsentDecision.Refused;
        return profile with
        {
            KeptContact = keep ? new KeptContact(name, phone, now) : null,
            KeepContactDeclined = !keep,
            ConsentHistory = [.. profile.ConsentHistory, new ConsentRecord(decision, now, language, NoticeVersion, ConsentPurposes.KeepContact)],
        };
    }

    /// <summary>Records the answer to "may your messages be machine-translated by this service?" (purpose <c>machine_translation</c>).</summary>
    public UserProfile RecordMachineTranslation(UserProfile profile, bool agreed)
    {
        var decision = agreed ? ConsentDecision.Given : ConsentDecision.Refused;
        var record = new ConsentRecord(decision, time.GetUtcNow(), profile.Language ?? Localization.Languages.Reference, NoticeVersion, ConsentPurposes.MachineTranslation);
        return profile with { ConsentHistory = [.. profile.ConsentHistory, record] };
    }

    /// <summary>An action handler that records <paramref name="decision"/> for the user of the turn.</summary>
    public DialogAction RecordAction(ConsentDecision decision) => (context, _) =>
    {
        context.UpdateProfile(p => Record(p, decision));
        return ValueTask.FromResult<string?>(null);
    };
}
