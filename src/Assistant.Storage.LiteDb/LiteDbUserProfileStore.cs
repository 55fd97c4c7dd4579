using Assistant.Core.Users;
using LiteDB;

namespace Assistant.Storage.LiteDb;

public sealed class LiteDbUserProfileStore(AssistantDatabase db) : IUserProfileStore
{
    internal const string CollectionName = "profiles";
    private readonly ILiteCollection<BsonDocument> _profiles = db.Collection(CollectionName);

    public Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _profiles.FindById(userId);
        return Task.FromResult(doc is null ? null : StorageJson.Read<UserProfile>(doc, "profile"));
    }

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        _profiles.Upsert(ToDocument(profile));
        return Task.CompletedTask;
    }

    internal static BsonDocument ToDocument(UserProfile profile) => StorageJson.Document(profile.UserId, profile, "profile");

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _profiles.Delete(userId);
        return Task.CompletedTask;
    }
}
