using Assistant.Core.Staff;
using LiteDB;

namespace Assistant.Storage.LiteDb;

public sealed class LiteDbStaffStore(AssistantDatabase db) : IStaffStore
{
    private readonly ILiteCollection<BsonDocument> _staff = db.Collection("staff");

    public Task<StaffMember?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        var doc = _staff.FindById(userId);
        return Task.FromResult(doc is null ? null : ToMember(doc));
    }

    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffMember>>(_staff.FindAll().Select(ToMember).OrderBy(m => m.UserId).ToList());

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken)
    {
        _staff.Upsert(StorageJson.Document(member.UserId, member, "member"));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _staff.Delete(userId);
        return Task.CompletedTask;
    }

    private static StaffMember ToMember(BsonDocument doc) => StorageJson.Read<StaffMember>(doc, "member");
}
