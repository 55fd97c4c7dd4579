using Assistant.Newsletters.Sending;

namespace Assistant.Storage.PostgreSql.Features;

/// <summary>
/// Newsletters, and one row per recipient and newsletter found by newsletter and by user. Ids are ordered
/// by their bytes (<c>COLLATE "C"</c>), as the other stores order them, whatever the database's locale.
/// </summary>
public sealed class PostgreSqlNewsletterStore(PostgreSqlDatabase db) : INewsletterStore
{
    private const string Delivery = "SELECT record::text FROM newsletter_deliveries";

    // A sequence never gives a number twice, also to instances running side by side.
    public async Task<int> NextNumberAsync(CancellationToken cancellationToken) =>
        (await db.QueryAsync<int>("SELECT nextval('newsletter_numbers')::int", null, cancellationToken).ConfigureAwait(false))[0];

    public Task SaveAsync(Newsletter newsletter, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO newsletters (id, created_ticks, record) VALUES (@id, @createdTicks, @record::jsonb)
            ON CONFLICT (id) DO UPDATE SET created_ticks = excluded.created_ticks, record = excluded.record
            """,
            new { id = newsletter.Id, createdTicks = newsletter.CreatedAt.UtcTicks, record = StorageJson.Write(newsletter) },
            cancellationToken);

    public Task<Newsletter?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<Newsletter>("SELECT record::text FROM newsletters WHERE id = @id", new { id }, cancellationToken);

    public Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken) =>
        db.RecordsAsync<Newsletter>("SELECT record::text FROM newsletters ORDER BY created_ticks DESC, id COLLATE \"C\" DESC", null, cancellationToken);

    public Task<int> AddDeliveriesAsync(IReadOnlyList<NewsletterDelivery> deliveries, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO newsletter_deliveries (id, newsletter_id, user_id, record)
            SELECT id, newsletter_id, user_id, record::jsonb FROM unnest(@ids, @newsletterIds, @userIds, @records) AS d (id, newsletter_id, user_id, record)
            ON CONFLICT (id) DO NOTHING
            """,
            new
            {
                ids = deliveries.Select(d => d.Id).ToArray(),
                newsletterIds = deliveries.Select(d => d.NewsletterId).ToArray(),
                userIds = deliveries.Select(d => d.UserId).ToArray(),
                records = deliveries.Select(StorageJson.Write).ToArray(),
            },
            cancellationToken);

    public Task SaveDeliveryAsync(NewsletterDelivery delivery, CancellationToken cancellationToken) =>
        db.ExecuteAsync(
            """
            INSERT INTO newsletter_deliveries (id, newsletter_id, user_id, record) VALUES (@id, @newsletterId, @userId, @record::jsonb)
            ON CONFLICT (id) DO UPDATE SET newsletter_id = excluded.newsletter_id, user_id = excluded.user_id, record = excluded.record
            """,
            new { id = delivery.Id, newsletterId = delivery.NewsletterId, userId = delivery.UserId, record = StorageJson.Write(delivery) },
            cancellationToken);

    public Task<IReadOnlyList<NewsletterDelivery>> DeliveriesAsync(string newsletterId, CancellationToken cancellationToken) =>
        db.RecordsAsync<NewsletterDelivery>($"{Delivery} WHERE newsletter_id = @newsletterId ORDER BY id COLLATE \"C\"", new { newsletterId }, cancellationToken);

    public async Task<IReadOnlyList<NewsletterDelivery>> DeliveriesForUserAsync(long userId, CancellationToken cancellationToken) =>
        userId == 0
            ? []
            : await db.RecordsAsync<NewsletterDelivery>($"{Delivery} WHERE user_id = @userId ORDER BY id COLLATE \"C\"", new { userId }, cancellationToken).ConfigureAwait(false);

    public Task<int> AnonymizeForUserAsync(long userId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async (connection, transaction) =>
        {
            var own = await connection.RecordsAsync<NewsletterDelivery>(
                transaction, $"{Delivery} WHERE user_id = @userId FOR UPDATE", new { userId }, cancellationToken).ConfigureAwait(false);
            foreach (var delivery in own)
            {
                var anonymous = delivery with { Id = DeliveryIds.Anonymous(delivery.NewsletterId), UserId = 0 };
                await connection.ExecuteAsync(transaction, "DELETE FROM newsletter_deliveries WHERE id = @id", new { id = delivery.Id }, cancellationToken).ConfigureAwait(false);
                await connection.ExecuteAsync(
                    transaction,
                    "INSERT INTO newsletter_deliveries (id, newsletter_id, user_id, record) VALUES (@id, @newsletterId, 0, @record::jsonb)",
                    new { id = anonymous.Id, newsletterId = anonymous.NewsletterId, record = StorageJson.Write(anonymous) },
                    cancellationToken).ConfigureAwait(false);
            }

            return own.Count;
        }, cancellationToken);
}
