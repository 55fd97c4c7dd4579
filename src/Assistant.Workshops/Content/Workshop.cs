namespace Assistant.Workshops.Content;

/// <summary>Who a workshop is for; shown to users, since the bot cannot check it.</summary>
public enum TargetGroup
{
    Everyone,
    Women,
    Parents,
    Volunteers,
}

/// <summary>A workshop from <c>content/workshops/&lt;id&gt;.yaml</c>, linked to its offer; people register for one of its sessions.</summary>
public sealed record Workshop
{
    public required string Id { get; init; }

    /// <summary>The offer in <c>content/offers/</c> this workshop belongs to.</summary>
    public required string OfferId { get; init; }

    public required string SourceFile { get; init; }

    public TargetGroup Target { get; init; }

    /// <summary>Languages spoken in the workshop.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Title, description and place per language; every supported language is present.</summary>
    public required IReadOnlyDictionary<string, ContentTexts> Texts { get; init; }

    public required IReadOnlyList<WorkshopSession> Sessions { get; init; }

    public ContentTexts TextsIn(string language) =>
        Texts.GetValueOrDefault(language) ?? Texts[Core.Localization.Languages.Reference];

    public WorkshopSession? Session(string sessionId) => Sessions.FirstOrDefault(s => s.Id == sessionId);
}

/// <summary>One date of a workshop, with its own places. Times are instants; content gives them in local time.</summary>
public sealed record WorkshopSession(string Id, DateTimeOffset Start, DateTimeOffset End, int Capacity, DateTimeOffset RegistrationDeadline)
{
    /// <summary>New registrations are taken until the deadline and never once the session has started.</summary>
    public bool IsOpenAt(DateTimeOffset now) => now < RegistrationDeadline && now < Start;

    public static string Key(string workshopId, string sessionId) => workshopId + "/" + sessionId;
}

/// <summary>What people read about a workshop or a counselling service, in one language.</summary>
public sealed record ContentTexts(string Title, string Description, string Place);

/// <summary>Counselling with appointments, from <c>content/appointments/&lt;id&gt;.yaml</c>: where, how long, in which languages, and its first slots.</summary>
public sealed record CounsellingService
{
    public required string Id { get; init; }

    public required string OfferId { get; init; }

    public required string SourceFile { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Languages the counsellors speak; for any other an interpreter is arranged.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public required IReadOnlyDictionary<string, ContentTexts> Texts { get; init; }

    /// <summary>Start times offered in the content file; staff add more with <c>/slots</c>.</summary>
    public IReadOnlyList<DateTimeOffset> Slots { get; init; } = [];

    public ContentTexts TextsIn(string language) =>
        Texts.GetValueOrDefault(language) ?? Texts[Core.Localization.Languages.Reference];
}

/// <summary>Thrown at start-up when a content file is wrong; the message names the file, the item and the field.</summary>
public sealed class WorkshopContentException(string message) : Exception(message);
