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
        };
    }

    /// <summary>An action handler that records <paramref name="decision"/> for the user of the turn.</summary>
    public DialogAction RecordAction(ConsentDecision decision) => (context, _) =>
    {
        context.UpdateProfile(p => Record(p, decision));
        return ValueTask.FromResult<string?>(null);
    };
}
