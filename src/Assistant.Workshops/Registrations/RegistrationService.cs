using Assistant.Workshops.Content;
using Assistant.Workshops.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Registrations;

/// <summary>
/// Registration, cancellation and the waiting list. Every decision about a session's places is made
/// inside one atomic store change; jobs (reminders, offers, deadlines) are scheduled after it.
/// Changes a participant asks for check that the registration is theirs: a forged or foreign id
/// gives <see cref="ChangeOutcome.NotFound"/> and changes nothing.
/// </summary>
public sealed class RegistrationService(
    IRegistrationStore store,
    WorkshopCatalog catalog,
    ReminderPlanner planner,
    IOptions<WorkshopsOptions> options,
    TimeProvider time,
    ILogger<RegistrationService> logger)
{
    public async Task<RegisterResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        if (catalog.FindSession(request.WorkshopId, request.SessionId) is not { Session: var session })
        {
            return new RegisterResult(RegisterOutcome.NotFound);
        }

        var result = await store.ChangeSessionAsync(WorkshopSession.Key(request.WorkshopId, request.SessionId), roster =>
        {
            var now = time.GetUtcNow();
            if (roster.FirstOrDefault(r => r.UserId == request.UserId && r.IsActive) is { } existing)
            {
                return Unchanged(new RegisterResult(RegisterOutcome.AlreadyRegistered, existing, SessionRules.WaitingPosition(roster, existing.Id)));
            }

            if (!session.IsOpenAt(now))
            {
                return Unchanged(new RegisterResult(RegisterOutcome.Closed));
            }

            var registration = SessionRules.Admit(roster, NewRegistration(request) with { SessionEnd = session.End }, session.Capacity, now);
            var position = SessionRules.WaitingPosition(roster.Append(registration), registration.Id);
            var outcome = registration.Status == RegistrationStatus.Confirmed ? RegisterOutcome.Confirmed : RegisterOutcome.Waiting;
            return new SessionChange<RegisterResult>([registration], new RegisterResult(outcome, registration, position));
        }, cancellationToken).ConfigureAwait(false);

        if (result.Outcome == RegisterOutcome.Confirmed)
        {
            await planner.ScheduleRemindersAsync(result.Registration!, session.Start, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Registration {RegistrationId} for {SessionKey}: {Outcome}", result.Registration?.Id, WorkshopSession.Key(request.WorkshopId, request.SessionId), result.Outcome);
        return result;
    }

    /// <summary>The person cancels (or cannot come). A place that comes free is offered to the waiting list.</summary>
    public Task<ChangeResult<WorkshopRegistration>> CancelAsync(string registrationId, long userId, CancellationToken cancellationToken) =>
        ChangeOwnAsync(registrationId, userId, r => r.IsActive, r => r with { Status = RegistrationStatus.Cancelled, EndedAt = time.GetUtcNow() }, cancellationToken);

    public async Task<ChangeResult<WorkshopRegistration>> AcceptOfferAsync(string registrationId, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = await ChangeOwnAsync(
            registrationId,
            userId,
            r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt is { } until && now < until,
            r => r with { Status = RegistrationStatus.Confirmed, ConfirmedAt = now },
            cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: ChangeOutcome.Done, Item: { } accepted })
        {
            await planner.CancelOfferDeadlineAsync(accepted, cancellationToken).ConfigureAwait(false);
            await planner.ScheduleRemindersAsync(accepted, SessionOf(accepted)!.Start, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public Task<ChangeResult<WorkshopRegistration>> DeclineOfferAsync(string registrationId, long userId, CancellationToken cancellationToken) =>
        ChangeOwnAsync(registrationId, userId, r => r.Status == RegistrationStatus.Offered, r => r with { Status = RegistrationStatus.Declined, EndedAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>"I'll come": noted for the team; changes nothing else.</summary>
    public Task<ChangeResult<WorkshopRegistration>> ConfirmAttendanceAsync(string registrationId, long userId, CancellationToken cancellationToken) =>
        ChangeOwnAsync(registrationId, userId, r => r.Status == RegistrationStatus.Confirmed, r => r with { AttendanceConfirmedAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>
    /// The offer message goes out now: its answer time starts (and ends at the latest when the session
    /// starts). Null when the offer is no longer open, so nothing is sent.
    /// </summary>
    public async Task<WorkshopRegistration?> StartOfferAsync(string registrationId, int round, CancellationToken cancellationToken)
    {
        var registration = await store.GetAsync(registrationId, cancellationToken).ConfigureAwait(false);
        if (registration is null || SessionOf(registration) is not { } session)
        {
            return null;
        }

        var started = await store.ChangeSessionAsync(registration.SessionKey, roster =>
        {
            var now = time.GetUtcNow();
            var current = roster.FirstOrDefault(r => r.Id == registrationId);
            if (current is not { Status: RegistrationStatus.Offered, OfferExpiresAt: null } || current.OfferRound != round || now >= session.Start)
            {
                return Unchanged<WorkshopRegistration?>(null);
            }

            var until = now + options.Value.WaitlistOfferTime;
            var sent = current with { OfferExpiresAt = until < session.Start ? until : session.Start };
            return new SessionChange<WorkshopRegistration?>([sent], sent);
        }, cancellationToken).ConfigureAwait(false);

        if (started is not null)
        {
            await planner.ScheduleOfferDeadlineAsync(started, cancellationToken).ConfigureAwait(false);
        }

        return started;
    }

    /// <summary>Ends an unanswered offer and offers the place to the next person. Null when it was answered in time.</summary>
    public async Task<WorkshopRegistration?> ExpireOfferAsync(string registrationId, int round, CancellationToken cancellationToken)
    {
        var registration = await store.GetAsync(registrationId, cancellationToken).ConfigureAwait(false);
        if (registration is null || SessionOf(registration) is not { } session)
        {
            return null;
        }

        var (expired, offers) = await store.ChangeSessionAsync(registration.SessionKey, roster =>
        {
            var now = time.GetUtcNow();
            var current = roster.FirstOrDefault(r => r.Id == registrationId);
            if (current is not { Status: RegistrationStatus.Offered, OfferExpiresAt: { } until } || current.OfferRound != round || now < until)
            {
                return Unchanged<(WorkshopRegistration?, List<WorkshopRegistration>)>((null, []));
            }

            var list = roster.ToList();
            var ended = current with { Status = RegistrationStatus.OfferExpired, EndedAt = now };
            list[list.FindIndex(r => r.Id == registrationId)] = ended;
            var next = now < session.Start ? SessionRules.OfferFreePlaces(list, session.Capacity, now) : [];
            return new SessionChange<(WorkshopRegistration?, List<WorkshopRegistration>)>([ended, .. next], (ended, next));
        }, cancellationToken).ConfigureAwait(false);

        if (expired is not null)
        {
            logger.LogInformation("Offer {RegistrationId} round {Round} ran out", registrationId, round);
            await planner.ScheduleExpiredNoticeAsync(expired, cancellationToken).ConfigureAwait(false);
            await ScheduleOffersAsync(offers, session, cancellationToken).ConfigureAwait(false);
        }

        return expired;
    }

    /// <summary>Offers the places a session gained (staff raised its capacity) to the waiting list, first come first.</summary>
    public async Task<int> OfferFreePlacesAsync(string workshopId, WorkshopSession session, CancellationToken cancellationToken)
    {
        var offers = await store.ChangeSessionAsync(WorkshopSession.Key(workshopId, session.Id), roster =>
        {
            var now = time.GetUtcNow();
            var next = now < session.Start ? SessionRules.OfferFreePlaces(roster.ToList(), session.Capacity, now) : [];
            return new SessionChange<List<WorkshopRegistration>>(next, next);
        }, cancellationToken).ConfigureAwait(false);

        await ScheduleOffersAsync(offers, session, cancellationToken).ConfigureAwait(false);
        return offers.Count;
    }

    public Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string workshopId, string sessionId, CancellationToken cancellationToken) =>
        store.ForSessionAsync(WorkshopSession.Key(workshopId, sessionId), cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) => store.ForUserAsync(userId, cancellationToken);

    public async Task<int> WaitingPositionAsync(WorkshopRegistration registration, CancellationToken cancellationToken) =>
        SessionRules.WaitingPosition(await store.ForSessionAsync(registration.SessionKey, cancellationToken).ConfigureAwait(false), registration.Id);

    public WorkshopSession? SessionOf(WorkshopRegistration registration) => catalog.FindSession(registration.WorkshopId, registration.SessionId)?.Session;

    private async Task<ChangeResult<WorkshopRegistration>> ChangeOwnAsync(
        string registrationId,
        long userId,
        Func<WorkshopRegistration, bool> allowed,
        Func<WorkshopRegistration, WorkshopRegistration> change,
        CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(registrationId, cancellationToken).ConfigureAwait(false);
        if (found is null || found.UserId != userId || SessionOf(found) is not { } session)
        {
            return new ChangeResult<WorkshopRegistration>(ChangeOutcome.NotFound);
        }

        var (result, offers) = await store.ChangeSessionAsync(found.SessionKey, roster =>
        {
            var now = time.GetUtcNow();
            if (roster.FirstOrDefault(r => r.Id == registrationId) is not { } current)
            {
                // Erased between the look-up and the change.
                return Unchanged((new ChangeResult<WorkshopRegistration>(ChangeOutcome.NotFound), new List<WorkshopRegistration>()));
            }

            if (now >= session.Start)
            {
                return Unchanged((new ChangeResult<WorkshopRegistration>(ChangeOutcome.Over, current), new List<WorkshopRegistration>()));
            }

            if (!allowed(current))
            {
                return Unchanged((new ChangeResult<WorkshopRegistration>(ChangeOutcome.NoLongerValid, current), new List<WorkshopRegistration>()));
            }

            var list = roster.ToList();
            var changed = change(current);
            list[list.FindIndex(r => r.Id == registrationId)] = changed;
            var next = current.HoldsPlace && !changed.HoldsPlace ? SessionRules.OfferFreePlaces(list, session.Capacity, now) : [];
            return new SessionChange<(ChangeResult<WorkshopRegistration>, List<WorkshopRegistration>)>([changed, .. next], (new ChangeResult<WorkshopRegistration>(ChangeOutcome.Done, changed), next));
        }, cancellationToken).ConfigureAwait(false);

        if (result is { Outcome: ChangeOutcome.Done, Item: { IsActive: false } ended })
        {
            await planner.CancelAllAsync(ended.Id, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Registration {RegistrationId} ended: {Status}", ended.Id, ended.Status);
        }

        await ScheduleOffersAsync(offers, session, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task ScheduleOffersAsync(IEnumerable<WorkshopRegistration> offers, WorkshopSession session, CancellationToken cancellationToken)
    {
        foreach (var offer in offers)
        {
            logger.LogInformation("Place in {SessionKey} offered to waiting registration {RegistrationId}", offer.SessionKey, offer.Id);
            await planner.ScheduleOfferAsync(offer, session.Start, cancellationToken).ConfigureAwait(false);
        }
    }

    private static SessionChange<T> Unchanged<T>(T result) => new([], result);

    private static WorkshopRegistration NewRegistration(RegistrationRequest request) => new()
    {
        Id = WorkshopRegistration.NewId(),
        WorkshopId = request.WorkshopId,
        SessionId = request.SessionId,
        UserId = request.UserId,
        Name = request.Name,
        Phone = request.Phone,
        Language = request.Language,
        Needs = request.Needs,
    };
}
