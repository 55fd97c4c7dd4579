namespace Assistant.Newsletters;

/// <summary>The purpose of the consent records newsletters write into the user's consent history.</summary>
public static class NewsletterConsent
{
    /// <summary>Receiving newsletters on the topics chosen; given with the first topic, withdrawn with the last.</summary>
    public const string Purpose = "newsletter";
}
