namespace Assistant.Newsletters.Sending;

/// <summary>Newsletters in memory, for tests and the local chat without a data file.</summary>
public sealed class InMemoryNewsletterStore : INewsletterStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Newsletter> _newsletters = [];
    private readonly SortedDictionary<string, NewsletterDelivery> _deliveries = new(StringComparer.Ordinal);
    private int _number;

    public Task<int> NextNumberAsync(CancellationToken cancellationToken) => Task.FromResult(Interlocked.Increment(ref _number));

    public Task SaveAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _newsletters[newsletter.Id] = newsletter;
        }

        return Task.CompletedTask;
    }

    public Task<Newsletter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_newsletters.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Newsletter>>(_newsletters.Values.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id, StringComparer.Ordinal).ToList());
        }
    }

    public Task<int> AddDeliveriesAsync(IReadOnlyList<NewsletterDelivery> deliveries, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(deliveries.Count(d => _deliveries.TryAdd(d.Id, d)));
        }
    }

    public Task SaveDeliveryAsync(NewsletterDelivery delivery, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _deliveries[delivery.Id] = delivery;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<NewsletterDelivery>> DeliveriesAsync(string newsletterId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<NewsletterDelivery>>(_deliveries.Values.Where(d => d.NewsletterId == newsletterId).ToList());
        }
    }

    public Task<IReadOnlyList<NewsletterDelivery>> DeliveriesForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<NewsletterDelivery>>(_deliveries.Values.Where(d => d.UserId == userId && userId != 0).ToList());
        }
    }

    public Task<int> AnonymizeForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var own = _deliveries.Values.Where(d => d.UserId == userId).ToList();
            foreach (var delivery in own)
            {
                _deliveries.Remove(delivery.Id);
                var anonymous = delivery with { Id = DeliveryIds.Anonymous(delivery.NewsletterId), UserId = 0 };
                _deliveries[anonymous.Id] = anonymous;
            }

            return Task.FromResult(own.Count);
        }
    }
}

/// <summary>Ids of deliveries whose person was erased: random, so nothing leads back to them.</summary>
public static class DeliveryIds
{
    public static string Anonymous(string newsletterId) => $"{newsletterId}:x{Guid.NewGuid():N}";
}
