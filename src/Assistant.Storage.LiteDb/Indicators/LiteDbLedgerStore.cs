using System.Security.Cryptography;
using Assistant.Indicators.Ledger;
using LiteDB;

namespace Assistant.Storage.LiteDb.Indicators;

/// <summary>The anonymous indicator ledger, with the pseudonym indexed so erasure finds a person's events.</summary>
public sealed class LiteDbLedgerStore : ILedgerStore
{
    private const string SaltId = "pseudonym-salt";
    private readonly Lock _lock = new();
    private readonly ILiteCollection<BsonDocument> _events;
    private readonly ILiteCollection<BsonDocument> _secrets;

    public LiteDbLedgerStore(AssistantDatabase db)
    {
        _events = db.Collection("indicator_events");
        _secrets = db.Collection("indicator_secrets");
        _events.EnsureIndex("person");
    }

    public Task<bool> AppendAsync(IndicatorEvent entry, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_events.FindById(entry.Id) is not null)
            {
                return Task.FromResult(false);
            }

            _events.Insert(Document(entry));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<IndicatorEvent>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IndicatorEvent>>(_events.FindAll().Select(StorageJson.Read<IndicatorEvent>).ToList());

    public Task<int> ReplacePersonAsync(string person, string replacement, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var own = _events.Find(Query.EQ("person", person)).Select(StorageJson.Read<IndicatorEvent>).ToList();
            foreach (var entry in own)
            {
                _events.Update(Document(entry with { Person = replacement }));
            }

            return Task.FromResult(own.Count);
        }
    }

    public Task<byte[]> SaltAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_secrets.FindById(SaltId) is { } doc)
            {
                return Task.FromResult(doc["value"].AsBinary);
            }

            var salt = RandomNumberGenerator.GetBytes(32);
            _secrets.Insert(new BsonDocument { ["_id"] = SaltId, ["value"] = salt });
            return Task.FromResult(salt);
        }
    }

    private static BsonDocument Document(IndicatorEvent entry)
    {
        var doc = StorageJson.Document(entry.Id, entry);
        doc["person"] = entry.Person is { } person ? new BsonValue(person) : BsonValue.Null;
        return doc;
    }
}
