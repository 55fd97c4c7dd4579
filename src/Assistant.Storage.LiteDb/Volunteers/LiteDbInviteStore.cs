using Assistant.Volunteers.Invites;
using LiteDB;

namespace Assistant.Storage.LiteDb.Volunteers;

/// <summary>Volunteer invitations by the hash of their token.</summary>
public sealed class LiteDbInviteStore(AssistantDatabase db) : IInviteStore
{
    private readonly ILiteCollection<BsonDocument> _invites = db.Collection("volunteer_invites");

    public Task<VolunteerInvite?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _invites.FindById(id);
        return Task.FromResult(doc is null ? null : StorageJson.Read<VolunteerInvite>(doc));
    }

    public Task SaveAsync(VolunteerInvite invite, CancellationToken cancellationToken)
    {
        _invites.Upsert(StorageJson.Document(invite.Id, invite));
        return Task.CompletedTask;
    }
}
