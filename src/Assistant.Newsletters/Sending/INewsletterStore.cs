namespace Assistant.Newsletters.Sending;

/// <summary>
/// Keeps newsletters and their deliveries. Contract (checked by the contract tests for every
/// implementation): numbers are never given twice; <see cref="AddDeliveriesAsync"/> adds only deliveries
/// whose id is new, so fixing the recipients twice changes nothing; deliveries come back ordered by id;
/// <see cref="AnonymizeForUserAsync"/> keeps each delivery's state and newsletter but removes the user id.
/// </summary>
public interface INewsletterStore
{
    Task<int> NextNumberAsync(CancellationToken cancellationToken);

    Task SaveAsync(Newsletter newsletter, CancellationToken cancellationToken);

    Task<Newsletter?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every newsletter, newest first.</summary>
    Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the deliveries whose id is not stored yet; returns how many were added.</summary>
    Task<int> AddDeliveriesAsync(IReadOnlyList<NewsletterDelivery> deliveries, CancellationToken cancellationToken);

    Task SaveDeliveryAsync(NewsletterDelivery delivery, CancellationToken cancellationToken);

    Task<IReadOnlyList<NewsletterDelivery>> DeliveriesAsync(string newsletterId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NewsletterDelivery>> DeliveriesForUserAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Replaces the user id of the person's deliveries by 0 under a random id (erasure); returns how many changed.</summary>
    Task<int> AnonymizeForUserAsync(long userId, CancellationToken cancellationToken);
}
