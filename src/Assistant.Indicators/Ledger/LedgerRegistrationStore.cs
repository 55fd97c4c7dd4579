using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Logging;

namespace Assistant.Indicators.Ledger;

/// <summary>
/// Wraps the registration store: when a place is confirmed or given up, an anonymous event goes to the
/// ledger, at the moment it happens, so the figures do not depend on the registration still existing.
/// </summary>
internal sealed class LedgerRegistrationStore(
    IRegistrationStore inner,
    ILedgerStore ledger,
    PersonPseudonyms pseudonyms,
    Func<WorkshopRegistration, SessionFacts?> sessions,
    TimeProvider time,
    ILogger<LedgerRegistrationStore> logger) : IRegistrationStore
{
    public async Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken)
    {
        var changes = new List<(WorkshopRegistration? Before, WorkshopRegistration After)>();
        var result = await inner.ChangeSessionAsync(sessionKey, current =>
        {
            var change = decide(current);
            // The store may run the decision again after a conflict: only the last run counts.
            changes.Clear();
            changes.AddRange(change.Save.Select(saved => (current.FirstOrDefault(r => r.Id == saved.Id), saved)));
            return change;
        }, cancellationToken).ConfigureAwait(false);

        foreach (var (before, after) in changes)
        {
            await RecordAsync(before, after, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken) => inner.ForSessionAsync(sessionKey, cancellationToken);

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) => inner.ForUserAsync(userId, cancellationToken);

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.DeleteEndedBeforeAsync(cutoff, cancellationToken);

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) => inner.DeleteForUserAsync(userId, cancellationToken);

    internal static string PlaceId(string registrationId) => "place:" + registrationId;

    internal static string GivenUpId(string registrationId) => "given-up:" + registrationId;

    private async Task RecordAsync(WorkshopRegistration? before, WorkshopRegistration after, CancellationToken cancellationToken)
    {
        var wasConfirmed = before?.Status == RegistrationStatus.Confirmed;
        var isConfirmed = after.Status == RegistrationStatus.Confirmed;
        if (wasConfirmed == isConfirmed)
        {
            return;
        }

        try
        {
            var entry = isConfirmed
                ? await PlaceTakenAsync(after, cancellationToken).ConfigureAwait(false)
                : new IndicatorEvent { Id = GivenUpId(after.Id), Kind = LedgerEventKind.PlaceGivenUp, At = time.GetUtcNow(), Subject = after.WorkshopId, Session = after.SessionKey };
            await ledger.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The registration itself is saved; a missing figure must not cost the person her place.
            logger.LogError(e, "Registration {RegistrationId} could not be written to the indicator ledger", after.Id);
        }
    }

    private async Task<IndicatorEvent> PlaceTakenAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        var found = sessions(registration);
        return new IndicatorEvent
        {
            Id = PlaceId(registration.Id),
            Kind = LedgerEventKind.PlaceTaken,
            At = time.GetUtcNow(),
            Subject = registration.WorkshopId,
            Group = found?.TargetGroup,
            Session = registration.SessionKey,
            SessionStart = found?.Start ?? registration.SessionEnd,
            Person = await pseudonyms.OfAsync(registration.UserId, cancellationToken).ConfigureAwait(false),
        };
    }
}

/// <summary>What the ledger notes about a registration's session: the workshop's target group and the start.</summary>
public sealed record SessionFacts(string TargetGroup, DateTimeOffset Start)
{
    /// <summary>The facts from the workshop content in service; null when the session is no longer in it.</summary>
    public static SessionFacts? From(WorkshopCatalog catalog, WorkshopRegistration registration) =>
        catalog.FindSession(registration.WorkshopId, registration.SessionId) is { Workshop: var workshop, Session: var session }
            ? new SessionFacts(workshop.Target.ToString().ToLowerInvariant(), session.Start)
            : null;
}
