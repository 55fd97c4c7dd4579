namespace Assistant.Newsletters.Sending;

/// <summary>
/// A newsletter as staff wrote it: German first, other languages when staff wrote them. Holds no
/// personal data besides the id of the staff member who wrote it.
/// </summary>
public sealed record Newsletter
{
    /// <summary>Such as <c>N-7</c>; staff type it in commands.</summary>
    public required string Id { get; init; }

    public required string Topic { get; init; }

    /// <summary>The text by language; <see cref="Core.Localization.Languages.Reference"/> (German) is always there.</summary>
    public required IReadOnlyDictionary<string, string> Texts { get; init; }

    public long CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public NewsletterState State { get; init; } = NewsletterState.Draft;

    /// <summary>When staff want it sent; set with <see cref="NewsletterState.Scheduled"/>.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>When the recipients were fixed and sending began.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The text <paramref name="language"/>'s subscribers get: their own, else the German one.</summary>
    public (string Text, bool Own) TextFor(string language) =>
        Texts.TryGetValue(language, out var own) && !string.IsNullOrWhiteSpace(own) ? (own, true) : (Texts[Core.Localization.Languages.Reference], false);
}

public enum NewsletterState
{
    /// <summary>Staff are still writing it.</summary>
    Draft,

    /// <summary>Waits for its time; the send job is in the job store.</summary>
    Scheduled,

    /// <summary>The recipients are fixed and it is going out; after a restart it continues.</summary>
    Sending,

    Sent,
}

/// <summary>One recipient of one newsletter: what became of their copy.</summary>
public sealed record NewsletterDelivery
{
    /// <summary><c>{newsletter}:{user}</c> while the person exists; a random id once their data was erased.</summary>
    public required string Id { get; init; }

    public required string NewsletterId { get; init; }

    /// <summary>The recipient; 0 once their data was erased.</summary>
    public required long UserId { get; init; }

    public required string Language { get; init; }

    public DeliveryState State { get; init; } = DeliveryState.Pending;

    public DateTimeOffset? At { get; init; }

    /// <summary>Set when the person unsubscribed from the newsletter's topic after it was sent to them.</summary>
    public DateTimeOffset? UnsubscribedAt { get; init; }

    public static string IdFor(string newsletterId, long userId) => $"{newsletterId}:{userId}";
}

public enum DeliveryState
{
    /// <summary>Not yet handed to the channel.</summary>
    Pending,

    /// <summary>Taken for sending. Found so after a crash, it is not sent again: a second copy is worse than none.</summary>
    Claimed,

    /// <summary>Handed to the channel's outbound queue.</summary>
    Sent,

    /// <summary>Handed over, but the person had blocked the bot (learned afterwards).</summary>
    Bounced,

    /// <summary>Not sent: the person cannot be reached, their data was erased, or a crash left it unconfirmed.</summary>
    Failed,
}

/// <summary>What staff see of one newsletter.</summary>
public sealed record NewsletterFigures(int Recipients, int Sent, int Delivered, int Failed, int Unsubscribed, int Waiting);
