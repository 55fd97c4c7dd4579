using Assistant.Core.Users;
using LiteDB;

namespace Assistant.Storage.LiteDb;

public sealed class LiteDbUserProfileStore(AssistantDatabase db) : IUserProfileStore
{
    private readonly ILiteCollection<BsonDocument> _profiles = db.Collection("profiles");

    public Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _profiles.FindById(userId);
        return Task.FromResult(doc is null ? null : StorageJson.Read<UserProfile>(doc, "profile"));
    }

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles.Upsert(StorageJson.Document(profile.UserId, profile, "profile"));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _profiles.Delete(userId);
        return Task.CompletedTask;
    }
}
