using Assistant.Workshops.Registrations;
using LiteDB;

namespace Assistant.Storage.LiteDb.Workshops;

/// <summary>
/// Registrations, one document each with the session and the user as indexed fields. A session change
/// reads the session's registrations, decides and writes under one lock and in one transaction, so
/// places are never given twice and a crash leaves either all of a change or none of it.
/// </summary>
public sealed class LiteDbRegistrationStore : IRegistrationStore
{
    private readonly AssistantDatabase _db;
    private readonly ILiteCollection<BsonDocument> _registrations;

    // One lock for all sessions: changes are rare and quick, and LiteDB transactions belong to a thread.
    private readonly Lock _lock = new();

    public LiteDbRegistrationStore(AssistantDatabase db)
    {
        _db = db;
        _registrations = db.Collection("workshop_registrations");
        _registrations.EnsureIndex("session");
        _registrations.EnsureIndex("user");
        _registrations.EnsureIndex("ends");
    }

    public Task<T> ChangeSessionAsync<T>(string sessionKey, Func<IReadOnlyList<WorkshopRegistration>, SessionChange<T>> decide, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var change = decide(Session(sessionKey));
            if (change.Save.Count == 0)
            {
                return Task.FromResult(change.Result);
            }

            _db.Database.BeginTrans();
            try
            {
                foreach (var registration in change.Save)
                {
                    _registrations.Upsert(ToDocument(registration));
                }

                _db.Database.Commit();
            }
            catch
            {
                _db.Database.Rollback();
                throw;
            }

            return Task.FromResult(change.Result);
        }
    }

    public Task<WorkshopRegistration?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _registrations.FindById(id);
        return Task.FromResult(doc is null ? null : ToRegistration(doc));
    }

    public Task<IReadOnlyList<WorkshopRegistration>> ForSessionAsync(string sessionKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(Session(sessionKey));
        }
    }

    public Task<IReadOnlyList<WorkshopRegistration>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkshopRegistration>>(_registrations.Find(Query.EQ("user", userId)).Select(ToRegistration).OrderBy(r => r.RegisteredAt).ToList());

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_registrations.DeleteMany(Query.LT("ends", cutoff.UtcTicks)));
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_registrations.DeleteMany(Query.EQ("user", userId)));
        }
    }

    private IReadOnlyList<WorkshopRegistration> Session(string sessionKey) =>
        _registrations.Find(Query.EQ("session", sessionKey)).Select(ToRegistration).OrderBy(r => r.QueueNumber).ToList();

    private static BsonDocument ToDocument(WorkshopRegistration registration) => new()
    {
        ["_id"] = registration.Id,
        ["session"] = registration.SessionKey,
        ["user"] = registration.UserId,
        ["ends"] = registration.SessionEnd.UtcTicks,
        ["registration"] = StorageJson.Write(registration),
    };

    private static WorkshopRegistration ToRegistration(BsonDocument doc) => StorageJson.Read<WorkshopRegistration>(doc, "registration");
}
