using Assistant.Core.Users;
using LiteDB;

namespace Assistant.Storage.LiteDb;

public sealed class LiteDbUserProfileStore(AssistantDatabase db) : IUserProfileStore
{
    private readonly ILiteCollection<BsonDocument> _profiles = db.Collection("profiles");

    public Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _profiles.FindById(userId);
        return Task.FromResult(doc is null ? null : System.Text.Json.JsonSerializer.Deserialize<UserProfile>(doc["profile"].AsString, StorageJson.Options));
    }

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles.Upsert(new BsonDocument
        {
            ["_id"] = profile.UserId,
            ["profile"] = System.Text.Json.JsonSerializer.Serialize(profile, StorageJson.Options),
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _profiles.Delete(userId);
        return Task.CompletedTask;
    }
}
