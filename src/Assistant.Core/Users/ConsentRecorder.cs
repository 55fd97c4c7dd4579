namespace Assistant.Core.Users;

/// <summary>Records a consent decision with its time and the version of the notice the user saw.</summary>
public sealed class ConsentRecorder(TimeProvider time)
{
    /// <summary>Raise this when the privacy texts change in substance, so the record says what was agreed to.</summary>
    public const string NoticeVersion = "2026-11";

    public UserProfile Record(UserProfile profile, ConsentDecision decision) => profile with
    {
        Consent = decision,
        ConsentDecidedAt = time.GetUtcNow(),
        ConsentNoticeVersion = NoticeVersion,
    };
}
