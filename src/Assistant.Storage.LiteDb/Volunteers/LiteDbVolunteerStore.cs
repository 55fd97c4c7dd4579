using Assistant.Volunteers.Profiles;
using LiteDB;

namespace Assistant.Storage.LiteDb.Volunteers;

public sealed class LiteDbVolunteerStore(AssistantDatabase db) : IVolunteerStore
{
    private readonly ILiteCollection<BsonDocument> _volunteers = db.Collection("volunteers");

    public Task<VolunteerProfile?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _volunteers.FindById(userId);
        return Task.FromResult(doc is null ? null : StorageJson.Read<VolunteerProfile>(doc));
    }

    public Task<IReadOnlyList<VolunteerProfile>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VolunteerProfile>>(_volunteers.FindAll().Select(StorageJson.Read<VolunteerProfile>).OrderBy(v => v.UserId).ToList());

    public Task SaveAsync(VolunteerProfile profile, CancellationToken cancellationToken)
    {
        _volunteers.Upsert(StorageJson.Document(profile.UserId, profile));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(_volunteers.Delete(userId));
}
