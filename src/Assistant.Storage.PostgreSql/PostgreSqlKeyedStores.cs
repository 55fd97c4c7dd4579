using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Handoff.Staff;
using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;

namespace Assistant.Storage.PostgreSql;

/// <summary>User profiles: one row per user.</summary>
public sealed class PostgreSqlUserProfileStore(PostgreSqlDatabase db) : IUserProfileStore
{
    public Task<UserProfile?> GetAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordAsync<UserProfile>("SELECT record::text FROM user_profiles WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task SaveAsync(UserProfile profile, CancellationToken cancellationToken) =>
        db.ExecuteAsync(Upsert.ByUser("user_profiles"), new { userId = profile.UserId, record = StorageJson.Write(profile) }, cancellationToken);

    public Task DeleteAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM user_profiles WHERE user_id = @userId", new { userId }, cancellationToken);
}

/// <summary>Staff members: one row per user.</summary>
public sealed class PostgreSqlStaffStore(PostgreSqlDatabase db) : IStaffStore
{
    public Task<StaffMember?> GetAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordAsync<StaffMember>("SELECT record::text FROM staff WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        db.RecordsAsync<StaffMember>("SELECT record::text FROM staff ORDER BY user_id", null, cancellationToken);

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken) =>
        db.ExecuteAsync(Upsert.ByUser("staff"), new { userId = member.UserId, record = StorageJson.Write(member) }, cancellationToken);

    public Task DeleteAsync(long userId, CancellationToken cancellationToken) =>
        db.ExecuteAsync("DELETE FROM staff WHERE user_id = @userId", new { userId }, cancellationToken);
}

/// <summary>Volunteers: one row per user.</summary>
public sealed class PostgreSqlVolunteerStore(PostgreSqlDatabase db) : IVolunteerStore
{
    public Task<VolunteerProfile?> GetAsync(long userId, CancellationToken cancellationToken) =>
        db.RecordAsync<VolunteerProfile>("SELECT record::text FROM volunteers WHERE user_id = @userId", new { userId }, cancellationToken);

    public Task<IReadOnlyList<VolunteerProfile>> ListAsync(CancellationToken cancellationToken) =>
        db.RecordsAsync<VolunteerProfile>("SELECT record::text FROM volunteers ORDER BY user_id", null, cancellationToken);

    public Task SaveAsync(VolunteerProfile profile, CancellationToken cancellationToken) =>
        db.ExecuteAsync(Upsert.ByUser("volunteers"), new { userId = profile.UserId, record = StorageJson.Write(profile) }, cancellationToken);

    public async Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) =>
        await db.ExecuteAsync("DELETE FROM volunteers WHERE user_id = @userId", new { userId }, cancellationToken).ConfigureAwait(false) > 0;
}

/// <summary>Volunteer invitations by the hash of their token.</summary>
public sealed class PostgreSqlInviteStore(PostgreSqlDatabase db) : IInviteStore
{
    public Task<VolunteerInvite?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<VolunteerInvite>("SELECT record::text FROM volunteer_invites WHERE id = @id", new { id }, cancellationToken);

    public Task SaveAsync(VolunteerInvite invite, CancellationToken cancellationToken) =>
        db.ExecuteAsync(Upsert.ById("volunteer_invites"), new { id = invite.Id, record = StorageJson.Write(invite) }, cancellationToken);
}

/// <summary>Staff invitations by the hash of their token.</summary>
public sealed class PostgreSqlStaffInviteStore(PostgreSqlDatabase db) : IStaffInviteStore
{
    public Task<StaffInvite?> GetAsync(string id, CancellationToken cancellationToken) =>
        db.RecordAsync<StaffInvite>("SELECT record::text FROM handoff_staff_invites WHERE id = @id", new { id }, cancellationToken);

    public Task SaveAsync(StaffInvite invite, CancellationToken cancellationToken) =>
        db.ExecuteAsync(Upsert.ById("handoff_staff_invites"), new { id = invite.Id, record = StorageJson.Write(invite) }, cancellationToken);
}

/// <summary>"Insert or replace" for the tables that hold just a key and the record.</summary>
internal static class Upsert
{
    public static string ByUser(string table) =>
        $"INSERT INTO {table} (user_id, record) VALUES (@userId, @record::jsonb) ON CONFLICT (user_id) DO UPDATE SET record = excluded.record";

    public static string ById(string table) =>
        $"INSERT INTO {table} (id, record) VALUES (@id, @record::jsonb) ON CONFLICT (id) DO UPDATE SET record = excluded.record";
}
