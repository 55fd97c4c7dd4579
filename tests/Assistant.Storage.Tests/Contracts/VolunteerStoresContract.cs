using Assistant.Storage.Tests.Providers;
using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>Volunteers, their invitations, shifts and sign-ups keep every field; no change to a shift is lost.</summary>
public abstract class VolunteerStoresContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    [SkippableFact]
    public async Task Shifts_sign_ups_volunteers_and_invitations_come_back_with_every_field()
    {
        var shift = new Shift
        {
            Id = "interpret", Title = "Dolmetschen", Kind = "interpreting", Start = Now.AddDays(2), End = Now.AddDays(2).AddHours(3),
            Place = "Brunnenstraße 12", Needed = 2, Language = "fa", Source = ShiftSources.Staff, CreatedBy = 900, AlertPostedAt = Now, OfferedTo = [1, 2],
        };
        var signup = new ShiftSignup { Id = "abc", ShiftId = "interpret", UserId = 1, SignedUpAt = Now, ConfirmedAt = Now, Attendance = AttendanceMark.Present, Hours = 2.5m };
        var volunteer = new VolunteerProfile { UserId = 1, Name = "Amina", Languages = ["ar", "fa"], Kinds = ["interpreting"], Phone = "+491512345678", JoinedAt = Now };
        var invite = new VolunteerInvite { Id = "hash", CreatedBy = 900, CreatedAt = Now, ExpiresAt = Now.AddDays(7), MaxUses = 3, Uses = 1 };
        await Store<IShiftStore>().SaveAsync(shift, None);
        await Store<ISignupStore>().SaveAsync(signup, None);
        await Store<IVolunteerStore>().SaveAsync(volunteer, None);
        await Store<IInviteStore>().SaveAsync(invite, None);

        var storedShift = await Store<IShiftStore>().GetAsync("interpret", None);
        Assert.Equal(shift with { OfferedTo = storedShift!.OfferedTo }, storedShift);
        Assert.Equal([1L, 2L], storedShift.OfferedTo);
        Assert.Equal(signup, await Store<ISignupStore>().GetAsync("abc", None));
        var storedVolunteer = await Store<IVolunteerStore>().GetAsync(1, None);
        Assert.Equal((volunteer.Name, volunteer.Phone, volunteer.JoinedAt), (storedVolunteer!.Name, storedVolunteer.Phone, storedVolunteer.JoinedAt));
        Assert.Equal(["ar", "fa"], storedVolunteer.Languages);
        Assert.Equal(invite, await Store<IInviteStore>().GetAsync("hash", None));
    }

    [SkippableFact]
    public async Task Volunteers_are_listed_by_user_id_and_deleting_says_whether_there_was_one()
    {
        var volunteers = Store<IVolunteerStore>();
        await volunteers.SaveAsync(new VolunteerProfile { UserId = 3, Name = "Olena", JoinedAt = Now }, None);
        await volunteers.SaveAsync(new VolunteerProfile { UserId = 1, Name = "Amina", JoinedAt = Now }, None);

        Assert.Equal([1L, 3L], (await volunteers.ListAsync(None)).Select(v => v.UserId));
        Assert.True(await volunteers.DeleteAsync(3, None));
        Assert.False(await volunteers.DeleteAsync(3, None));
        Assert.Equal([1L], (await volunteers.ListAsync(None)).Select(v => v.UserId));
    }

    [SkippableFact]
    public async Task Shifts_are_listed_by_start_within_the_range()
    {
        var store = Store<IShiftStore>();
        foreach (var (id, days) in new[] { ("c", 3), ("a", 1), ("b", 2), ("late", 30) })
        {
            await store.SaveAsync(Shift(id, Now.AddDays(days)), None);
        }

        var listed = await store.ListAsync(Now.AddDays(1), Now.AddDays(3), None);

        Assert.Equal(["a", "b"], listed.Select(s => s.Id));
    }

    [SkippableFact]
    public async Task Twenty_changes_of_one_shift_at_once_are_all_kept()
    {
        var store = Store<IShiftStore>();
        await store.SaveAsync(Shift("s", Now), None);

        await AtOnceAsync(20, i => store.UpdateAsync("s", s => s with { OfferedTo = [.. s.OfferedTo, i] }, None));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), (await store.GetAsync("s", None))!.OfferedTo.Order());
        Assert.Null(await store.UpdateAsync("missing", s => s, None));
    }

    [SkippableFact]
    public async Task Sign_ups_are_found_by_shift_and_by_user_and_erased_per_user()
    {
        var store = Store<ISignupStore>();
        await store.SaveAsync(new ShiftSignup { Id = "1", ShiftId = "s", UserId = 1, SignedUpAt = Now }, None);
        await store.SaveAsync(new ShiftSignup { Id = "2", ShiftId = "s", UserId = 2, SignedUpAt = Now.AddMinutes(1) }, None);
        await store.SaveAsync(new ShiftSignup { Id = "3", ShiftId = "t", UserId = 1, SignedUpAt = Now.AddMinutes(2) }, None);
        await store.SaveAsync(new ShiftSignup { Id = "2", ShiftId = "s", UserId = 2, SignedUpAt = Now.AddMinutes(1), Status = SignupStatus.Cancelled }, None);

        Assert.Equal(["1", "2"], (await store.ForShiftAsync("s", None)).Select(s => s.Id));
        Assert.Equal(SignupStatus.Cancelled, (await store.GetAsync("2", None))!.Status);
        Assert.Equal(["1", "3"], (await store.ForUserAsync(1, None)).Select(s => s.Id));
        Assert.Equal(2, await store.DeleteForUserAsync(1, None));
        Assert.Equal(["2"], (await store.ForShiftAsync("s", None)).Select(s => s.Id));
    }

    private static Shift Shift(string id, DateTimeOffset start) =>
        new() { Id = id, Title = id, Kind = "event", Start = start, End = start.AddHours(1), Place = "x", Needed = 1 };
}

public sealed class InMemoryVolunteerStoresTests(InMemoryStores stores) : VolunteerStoresContract<InMemoryStores>(stores);

public sealed class LiteDbVolunteerStoresTests(LiteDbStores stores) : VolunteerStoresContract<LiteDbStores>(stores);

public sealed class PostgreSqlVolunteerStoresTests(PostgreSqlStores stores) : VolunteerStoresContract<PostgreSqlStores>(stores);
