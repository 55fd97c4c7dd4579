namespace Assistant.Workshops.Registrations;

/// <summary>What a person asks for when registering.</summary>
public sealed record RegistrationRequest(string WorkshopId, string SessionId, long UserId, string Name, string? Phone, string Language, RegistrationNeeds Needs);

public enum RegisterOutcome
{
    Confirmed,
    Waiting,

    /// <summary>The deadline passed or the session started.</summary>
    Closed,

    /// <summary>The person already has a place, an offer or a waiting-list place in this session.</summary>
    AlreadyRegistered,
    NotFound,
}

public sealed record RegisterResult(RegisterOutcome Outcome, WorkshopRegistration? Registration = null, int WaitingPosition = 0);

public enum ChangeOutcome
{
    Done,

    /// <summary>No such registration for this person: unknown, someone else's, or forged. Nothing changed.</summary>
    NotFound,

    /// <summary>It exists but cannot be changed so any more (already cancelled, the offer ran out, ...). Nothing changed.</summary>
    NoLongerValid,

    /// <summary>The session or appointment has started or is over. Nothing changed.</summary>
    Over,
}

public sealed record ChangeResult<T>(ChangeOutcome Outcome, T? Item = null)
    where T : class;
