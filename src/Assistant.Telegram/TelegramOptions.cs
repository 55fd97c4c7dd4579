using System.ComponentModel.DataAnnotations;

namespace Assistant.Telegram;

/// <summary>The Telegram channel (section <c>Telegram</c>). Present when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>The official Bot API; set <see cref="ApiBaseUrl"/> to a self-hosted Bot API server instead.</summary>
    public const string OfficialApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token @BotFather gave, such as <c>123456789:AAH...</c>. Keep it out of files that are committed.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:BotToken is required.")]
    [RegularExpression(@"^[0-9]{1,20}:[A-Za-z0-9_-]{30,}$", ErrorMessage = "Telegram:BotToken must look like 123456789:AAH... (digits, a colon, then the secret part @BotFather gave).")]
    public string BotToken { get; set; } = "";

    /// <summary>Where the Bot API lives. Default: <see cref="OfficialApiBaseUrl"/>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:ApiBaseUrl is required.")]
    [Url(ErrorMessage = "Telegram:ApiBaseUrl must be an absolute http or https URL.")]
    public string ApiBaseUrl { get; set; } = OfficialApiBaseUrl;

    /// <summary>How updates arrive. Default: <see cref="TelegramMode.Polling"/>.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>
    /// Webhook mode only: the public https address Telegram posts updates to. The host serves the webhook
    /// on this URL's path, so a reverse proxy forwards the path unchanged.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode only: 1-256 characters of A-Z, a-z, 0-9, _ and -; Telegram sends it back in every request.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// The bot's username without @, for links <c>https://t.me/&lt;bot&gt;?start=...</c> (staff and volunteer
    /// invitations). Default (empty): asked from Telegram (getMe) when the first link is made.
    /// </summary>
    public string BotUsername { get; set; } = "";

    /// <summary>Long polling: how long one getUpdates call waits for news, in seconds. Default 25.</summary>
    [Range(1, 50, ErrorMessage = "Telegram:PollingTimeoutSeconds must be from 1 to 50.")]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>The limits of the outbound queue (section <c>Telegram:Sending</c>).</summary>
    public SendingOptions Sending { get; set; } = new();

    /// <summary>The bot's numeric id: the part of the token before the colon; 0 while the token is malformed.</summary>
    /// <remarks>Never throws: the options validator reads every property, also of options it is about to reject.</remarks>
    public long BotId =>
        long.TryParse(BotToken.AsSpan(0, Math.Max(0, BotToken.IndexOf(':', StringComparison.Ordinal))), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>The path the webhook is served on, taken from <see cref="WebhookUrl"/>.</summary>
    public string WebhookPath => Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1 ? uri.AbsolutePath : "/telegram/webhook";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme != Uri.UriSchemeHttp && api.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an http or https URL.", [nameof(ApiBaseUrl)]);
        }

        // Telegram usernames: 5 to 32 letters, digits and underscores, starting with a letter.
        if (BotUsername.Length > 0 && (BotUsername.Length is < 5 or > 32 || !char.IsAsciiLetter(BotUsername[0]) || !BotUsername.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            yield return new ValidationResult("Telegram:BotUsername must be the bot's username without @ (5 to 32 letters, digits or _), or empty to ask Telegram.", [nameof(BotUsername)]);
        }

        var sending = new List<ValidationResult>();
        Validator.TryValidateObject(Sending, new ValidationContext(Sending), sending, validateAllProperties: true);
        foreach (var problem in sending)
        {
            yield return new ValidationResult($"Telegram:Sending:{problem.MemberNames.FirstOrDefault()}: {problem.ErrorMessage}", [nameof(Sending)]);
        }

        if (Mode != TelegramMode.Webhook)
        {
            yield break;
        }

        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("Telegram:WebhookUrl must be a public https URL when Telegram:Mode is Webhook.", [nameof(WebhookUrl)]);
        }

        if (string.IsNullOrEmpty(WebhookSecret) || WebhookSecret.Length > 256 || !WebhookSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            yield return new ValidationResult("Telegram:WebhookSecret is required when Telegram:Mode is Webhook: 1-256 characters of A-Z, a-z, 0-9, _ and -.", [nameof(WebhookSecret)]);
        }
    }
}

/// <summary>How the bot receives updates.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (getUpdates); needs no public address.</summary>
    Polling,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook,
}

/// <summary>
/// Telegram's sending limits as the outbound queue keeps them (section <c>Telegram:Sending</c>); the defaults
/// are Telegram's published limits.
/// </summary>
public sealed class SendingOptions
{
    /// <summary>Messages per second over all chats, as Telegram counts them on arrival. Default 30, Telegram's limit.</summary>
    [Range(1, 10_000)]
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>
    /// This instance's name as a sender in the outbox (its leases); empty means the machine's name. It must stay the
    /// same across restarts (a restarted bot frees its own leases at once) and differ between instances that share
    /// one database.
    /// </summary>
    [MaxLength(100)]
    public string InstanceName { get; set; } = "";

    /// <summary>Messages per second to one private chat, on average. Default 1.</summary>
    [Range(0.01, 1_000)]
    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages a private chat may get at once before <see cref="PrivateChatPerSecond"/> applies. Default 3.</summary>
    [Range(1, 100)]
    public int PrivateChatBurst { get; set; } = 3;

    /// <summary>Messages per minute to one group (staff chats). Default 20, Telegram's limit.</summary>
    [Range(0.1, 10_000)]
    public double GroupPerMinute { get; set; } = 20;

    /// <summary>Attempts for one message when Telegram or the network fails (5xx, timeouts); 429 is always retried. Default 6.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry after a failure; doubles each time up to 30 s. Default 0.5 s.</summary>
    [Range(0.01, 60)]
    public double FirstRetryDelaySeconds { get; set; } = 0.5;

    /// <summary>How long one Bot API call may take before it counts as a network failure. Default 15 s.</summary>
    [Range(1, 120)]
    public double RequestTimeoutSeconds { get; set; } = 15;
}
