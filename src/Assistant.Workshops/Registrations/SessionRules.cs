namespace Assistant.Workshops.Registrations;

/// <summary>
/// The rules of one session's places, as pure functions over its registrations: who gets a place, who
/// waits, and who is offered a place that came free. The store runs them atomically per session.
/// </summary>
internal static class SessionRules
{
    /// <summary>
    /// A new registration gets a place only while places are free and nobody is waiting: someone on the
    /// waiting list (or holding an offer) was first.
    /// </summary>
    public static WorkshopRegistration Admit(IReadOnlyList<WorkshopRegistration> roster, WorkshopRegistration candidate, int capacity, DateTimeOffset now)
    {
        var anyoneWaiting = roster.Any(r => r.Status == RegistrationStatus.Waiting);
        var free = roster.Count(r => r.HoldsPlace) < capacity;
        var queue = roster.Count == 0 ? 1 : roster.Max(r => r.QueueNumber) + 1;
        return free && !anyoneWaiting
            ? candidate with { Status = RegistrationStatus.Confirmed, QueueNumber = queue, RegisteredAt = now, ConfirmedAt = now }
            : candidate with { Status = RegistrationStatus.Waiting, QueueNumber = queue, RegisteredAt = now };
    }

    /// <summary>Offers every free place to the next on the waiting list, in order of arrival; returns the new offers.</summary>
    public static List<WorkshopRegistration> OfferFreePlaces(List<WorkshopRegistration> roster, int capacity, DateTimeOffset now)
    {
        var offers = new List<WorkshopRegistration>();
        var holding = roster.Count(r => r.HoldsPlace);
        foreach (var next in roster.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.QueueNumber).ToList())
        {
            if (holding >= capacity)
            {
                break;
            }

            var offered = next with
            {
                Status = RegistrationStatus.Offered,
                OfferRound = next.OfferRound + 1,
                OfferedAt = now,
                OfferExpiresAt = null,
            };
            roster[roster.FindIndex(r => r.Id == next.Id)] = offered;
            offers.Add(offered);
            holding++;
        }

        return offers;
    }

    /// <summary>1 for the first on the waiting list; 0 when not waiting.</summary>
    public static int WaitingPosition(IEnumerable<WorkshopRegistration> roster, string registrationId) =>
        roster.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.QueueNumber).ToList().FindIndex(r => r.Id == registrationId) + 1;
}
