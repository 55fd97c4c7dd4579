using Assistant.Volunteers.Shifts;
using LiteDB;

namespace Assistant.Storage.LiteDb.Volunteers;

/// <summary>Sign-ups, indexed by shift and by user.</summary>
public sealed class LiteDbSignupStore : ISignupStore
{
    private readonly ILiteCollection<BsonDocument> _signups;

    public LiteDbSignupStore(AssistantDatabase db)
    {
        _signups = db.Collection("shift_signups");
        _signups.EnsureIndex("shift");
        _signups.EnsureIndex("user");
    }

    public Task<ShiftSignup?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _signups.FindById(id);
        return Task.FromResult(doc is null ? null : StorageJson.Read<ShiftSignup>(doc));
    }

    public Task<IReadOnlyList<ShiftSignup>> ForShiftAsync(string shiftId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(Query.EQ("shift", shiftId)));

    public Task<IReadOnlyList<ShiftSignup>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(Query.EQ("user", userId)));

    public Task SaveAsync(ShiftSignup signup, CancellationToken cancellationToken)
    {
        var doc = StorageJson.Document(signup.Id, signup);
        doc["shift"] = signup.ShiftId;
        doc["user"] = signup.UserId;
        _signups.Upsert(doc);
        return Task.CompletedTask;
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_signups.DeleteMany(Query.EQ("user", userId)));

    private IReadOnlyList<ShiftSignup> Find(BsonExpression query) =>
        _signups.Find(query).Select(StorageJson.Read<ShiftSignup>).OrderBy(s => s.SignedUpAt).ToList();
}
