using Assistant.Handoff.Tickets;
using LiteDB;

namespace Assistant.Storage.LiteDb.Handoff;

/// <summary>
/// Tickets as JSON beside the fields they are found by (state, participant pseudonym, topic, closing time).
/// The content is sealed before it gets here; this store never sees it in clear.
/// </summary>
public sealed class LiteDbTicketStore : ITicketStore
{
    private readonly ILiteCollection<BsonDocument> _tickets;
    private readonly ILiteCollection<BsonDocument> _counters;
    private readonly Lock _numberLock = new();

    public LiteDbTicketStore(AssistantDatabase db)
    {
        _tickets = db.Collection("handoff_tickets");
        _tickets.EnsureIndex("participant");
        _tickets.EnsureIndex("topic");
        _tickets.EnsureIndex("closed");
        _tickets.EnsureIndex("created");
        _counters = db.Collection("handoff_counters");

        // Files from before the staff console lack the fields its lists filter by: written once, here.
        foreach (var doc in _tickets.Find(Query.EQ("created", BsonValue.Null)).ToList())
        {
            _tickets.Upsert(ToDocument(Read(doc)));
        }
    }

    public Task<int> NextNumberAsync(string series, CancellationToken cancellationToken)
    {
        lock (_numberLock)
        {
            var next = (_counters.FindById(series)?["n"].AsInt32 ?? 0) + 1;
            _counters.Upsert(new BsonDocument { ["_id"] = series, ["n"] = next });
            return Task.FromResult(next);
        }
    }

    public Task SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        _tickets.Upsert(ToDocument(ticket));
        return Task.CompletedTask;
    }

    public Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.FindById(id) is { } doc ? Read(doc) : null);

    public Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.FindOne(Query.EQ("topic", TopicKey(chatId, topicId))) is { } doc ? Read(doc) : null);

    public Task<IReadOnlyList<HandoffTicket>> ForParticipantAsync(string participantKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(_tickets.Find(Query.EQ("participant", participantKey)).Select(Read).OrderBy(t => t.CreatedAt).ToList());

    public Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HandoffTicket>>(_tickets.Find(Query.LT("closed", before.UtcTicks)).Select(Read).Where(t => t.ClosedAt is not null).ToList()); // LiteDB sorts null (open) below every time

    public Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        _tickets.Delete(id);
        return Task.CompletedTask;
    }

    public Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<BsonExpression>();
        if (query.State is { } state)
        {
            filters.Add(Query.EQ("state", state.ToString()));
        }

        if (query.OpenOnly)
        {
            // As a list of states, so that the index answers it.
            filters.Add(Query.In("state", nameof(TicketState.New), nameof(TicketState.Claimed), nameof(TicketState.Waiting)));
        }

        if (query.Kind is { } kind)
        {
            filters.Add(Query.EQ("kind", kind.ToString()));
        }

        if (query.WithoutReports)
        {
            filters.Add(Query.Not("kind", nameof(TicketKind.DiscriminationReport)));
        }

        var where = filters.Count switch
        {
            0 => null,
            1 => filters[0],
            _ => Query.And([.. filters]),
        };
        var total = where is null ? _tickets.Count() : _tickets.Count(where);
        var page = (where is null ? _tickets.Query() : _tickets.Query().Where(where)).OrderByDescending("created").Skip(query.Skip).Limit(query.Take).ToList().Select(Read).ToList();
        return Task.FromResult(new TicketPage(page, total));
    }

    private static BsonDocument ToDocument(HandoffTicket ticket) => new()
    {
        ["_id"] = ticket.Id,
        ["participant"] = ticket.ParticipantKey is { } key ? new BsonValue(key) : BsonValue.Null,
        ["topic"] = ticket.Post is { TopicId: { } topic } post ? new BsonValue(TopicKey(post.ChatId, topic)) : BsonValue.Null,
        ["closed"] = ticket.ClosedAt is { } closed ? new BsonValue(closed.UtcTicks) : BsonValue.Null,
        ["state"] = ticket.State.ToString(),
        ["kind"] = ticket.Kind.ToString(),
        ["created"] = ticket.CreatedAt.UtcTicks,
        ["json"] = StorageJson.Write(ticket),
    };

    private static string TopicKey(long chatId, int topicId) => $"{chatId}:{topicId}";

    private static HandoffTicket Read(BsonDocument doc) => StorageJson.Read<HandoffTicket>(doc);
}
