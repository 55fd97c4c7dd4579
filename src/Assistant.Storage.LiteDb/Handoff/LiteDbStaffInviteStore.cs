using Assistant.Handoff.Staff;
using LiteDB;

namespace Assistant.Storage.LiteDb.Handoff;

/// <summary>Staff invitations by the hash of their token.</summary>
public sealed class LiteDbStaffInviteStore(AssistantDatabase db) : IStaffInviteStore
{
    private readonly ILiteCollection<BsonDocument> _invites = db.Collection("handoff_staff_invites");

    public Task<StaffInvite?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_invites.FindById(id) is { } doc ? StorageJson.Read<StaffInvite>(doc) : null);

    public Task SaveAsync(StaffInvite invite, CancellationToken cancellationToken)
    {
        _invites.Upsert(StorageJson.Document(invite.Id, invite));
        return Task.CompletedTask;
    }
}
