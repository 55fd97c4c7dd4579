using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>Profiles and staff members come back whole, are replaced by a new save and gone after deletion.</summary>
public abstract class PeopleStoresContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    [SkippableFact]
    public async Task A_profile_keeps_consent_history_and_kept_contact_and_deleting_erases_it()
    {
        var profiles = Store<IUserProfileStore>();
        var profile = new UserProfile
        {
            UserId = 5, Language = "fa", Consent = ConsentDecision.Given, ConsentDecidedAt = Now, ConsentNoticeVersion = "2026-01",
            ConsentHistory = [new ConsentRecord(ConsentDecision.Given, Now, "fa", "2026-01")], FirstSeenAt = Now.AddDays(-3),
            KeptContact = new KeptContact("زهرا احمدی", "+491701234567", Now),
        };
        await profiles.SaveAsync(profile, None);
        await profiles.SaveAsync(profile with { Language = "de" }, None);

        var stored = await profiles.GetAsync(5, None);
        Assert.Equal(profile with { Language = "de", ConsentHistory = stored!.ConsentHistory }, stored);
        Assert.Equal(profile.ConsentHistory, stored.ConsentHistory);

        await profiles.DeleteAsync(5, None);
        Assert.Null(await profiles.GetAsync(5, None));
    }

    [SkippableFact]
    public async Task Staff_members_keep_their_roles_and_are_listed_by_user_id()
    {
        // Regression kept from the LiteDB tests: a set of roles was written but could not be read back.
        var staff = Store<IStaffStore>();
        await staff.SaveAsync(new StaffMember { UserId = 9, DisplayName = "Jonas", Roles = new HashSet<StaffRole> { StaffRole.Admin } }, None);
        await staff.SaveAsync(new StaffMember { UserId = 7, DisplayName = "Selin", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination }, AddedAt = Now, AddedBy = 9 }, None);

        var listed = await staff.ListAsync(None);

        Assert.Equal([7L, 9L], listed.Select(m => m.UserId));
        Assert.Equal([StaffRole.Staff, StaffRole.AntiDiscrimination], listed[0].Roles.Order());
        Assert.Equal((Now, 9L), (listed[0].AddedAt, listed[0].AddedBy!.Value));
        await staff.DeleteAsync(9, None);
        Assert.Null(await staff.GetAsync(9, None));
        Assert.Equal("Selin", (await staff.GetAsync(7, None))!.DisplayName);
    }
}

public sealed class InMemoryPeopleStoresTests(InMemoryStores stores) : PeopleStoresContract<InMemoryStores>(stores);

public sealed class LiteDbPeopleStoresTests(LiteDbStores stores) : PeopleStoresContract<LiteDbStores>(stores);

public sealed class PostgreSqlPeopleStoresTests(PostgreSqlStores stores) : PeopleStoresContract<PostgreSqlStores>(stores);
