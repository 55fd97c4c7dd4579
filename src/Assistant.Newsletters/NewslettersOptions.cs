using System.ComponentModel.DataAnnotations;

namespace Assistant.Newsletters;

/// <summary>Newsletter settings (section <c>Newsletters</c>).</summary>
public sealed class NewslettersOptions
{
    public const string Section = "Newsletters";

    /// <summary>
    /// Minutes after a newsletter was handed to the channel before the bot looks at who blocked it (the
    /// channel learns of a block only when it tries to deliver). Those are counted as failed and
    /// unsubscribed. Default 30.
    /// </summary>
    [Range(1, 1440, ErrorMessage = "Newsletters:CheckBlockedAfterMinutes must be between 1 and 1440.")]
    public int CheckBlockedAfterMinutes { get; set; } = 30;
}
