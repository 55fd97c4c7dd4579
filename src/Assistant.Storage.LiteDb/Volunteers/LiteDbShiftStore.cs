using Assistant.Volunteers.Shifts;
using LiteDB;

namespace Assistant.Storage.LiteDb.Volunteers;

/// <summary>Shifts with their start as an indexed field (UTC ticks), the whole shift as JSON. Updates are read-change-write under one lock.</summary>
public sealed class LiteDbShiftStore : IShiftStore
{
    private readonly ILiteCollection<BsonDocument> _shifts;
    private readonly Lock _lock = new();

    public LiteDbShiftStore(AssistantDatabase db)
    {
        _shifts = db.Collection("shifts");
        _shifts.EnsureIndex("start");
    }

    public Task<Shift?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _shifts.FindById(id);
        return Task.FromResult(doc is null ? null : StorageJson.Read<Shift>(doc));
    }

    public Task<IReadOnlyList<Shift>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var shifts = _shifts.Find(Query.And(Query.GTE("start", from.UtcTicks), Query.LT("start", to.UtcTicks)))
            .Select(StorageJson.Read<Shift>)
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<Shift>>(shifts);
    }

    public Task SaveAsync(Shift shift, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _shifts.Upsert(ToDocument(shift));
        }

        return Task.CompletedTask;
    }

    public Task<Shift?> UpdateAsync(string id, Func<Shift, Shift> change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_shifts.FindById(id) is not { } doc)
            {
                return Task.FromResult<Shift?>(null);
            }

            var changed = change(StorageJson.Read<Shift>(doc));
            _shifts.Update(ToDocument(changed));
            return Task.FromResult<Shift?>(changed);
        }
    }

    private static BsonDocument ToDocument(Shift shift)
    {
        var doc = StorageJson.Document(shift.Id, shift);
        doc["start"] = shift.Start.UtcTicks;
        return doc;
    }
}
