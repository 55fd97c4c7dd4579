using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Volunteers;
using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Tests.Storage;

/// <summary>The LiteDB stores keep every field and survive reopening the data file.</summary>
public sealed class LiteDbVolunteerStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("assistant-volunteer-stores-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Everything_comes_back_after_reopening_the_file()
    {
        var shift = new Shift
        {
            Id = "interpret", Title = "Dolmetschen", Kind = "interpreting", Start = Now.AddDays(2), End = Now.AddDays(2).AddHours(3),
            Place = "Brunnenstraße 12", Needed = 2, Language = "fa", Source = ShiftSources.Staff, CreatedBy = 900, AlertPostedAt = Now, OfferedTo = [1, 2],
        };
        var signup = new ShiftSignup { Id = "abc", ShiftId = "interpret", UserId = 1, SignedUpAt = Now, ConfirmedAt = Now, Attendance = AttendanceMark.Present, Hours = 2.5m };
        var volunteer = new VolunteerProfile { UserId = 1, Name = "Amina", Languages = ["ar", "fa"], Kinds = ["interpreting"], Phone = "+491512345678", JoinedAt = Now };
        var invite = new VolunteerInvite { Id = "hash", CreatedBy = 900, CreatedAt = Now, ExpiresAt = Now.AddDays(7), MaxUses = 3, Uses = 1 };
        using (var db = Open())
        {
            await new LiteDbShiftStore(db).SaveAsync(shift, CancellationToken.None);
            await new LiteDbSignupStore(db).SaveAsync(signup, CancellationToken.None);
            await new LiteDbVolunteerStore(db).SaveAsync(volunteer, CancellationToken.None);
            await new LiteDbInviteStore(db).SaveAsync(invite, CancellationToken.None);
        }

        using var reopened = Open();
        var storedShift = await new LiteDbShiftStore(reopened).GetAsync("interpret", CancellationToken.None);
        Assert.Equal(shift with { OfferedTo = storedShift!.OfferedTo }, storedShift);
        Assert.Equal([1L, 2L], storedShift.OfferedTo);
        Assert.Equal(signup, await new LiteDbSignupStore(reopened).GetAsync("abc", CancellationToken.None));
        var storedVolunteer = await new LiteDbVolunteerStore(reopened).GetAsync(1, CancellationToken.None);
        Assert.Equal((volunteer.Name, volunteer.Phone, volunteer.JoinedAt), (storedVolunteer!.Name, storedVolunteer.Phone, storedVolunteer.JoinedAt));
        Assert.Equal(["ar", "fa"], storedVolunteer.Languages);
        Assert.Equal(invite, await new LiteDbInviteStore(reopened).GetAsync("hash", CancellationToken.None));
    }

    [Fact]
    public async Task Shifts_are_listed_by_start_within_the_range()
    {
        using var db = Open();
        var store = new LiteDbShiftStore(db);
        foreach (var (id, days) in new[] { ("c", 3), ("a", 1), ("b", 2), ("late", 30) })
        {
            await store.SaveAsync(new Shift { Id = id, Title = id, Kind = "event", Start = Now.AddDays(days), End = Now.AddDays(days).AddHours(1), Place = "x", Needed = 1 }, CancellationToken.None);
        }

        var listed = await store.ListAsync(Now.AddDays(1), Now.AddDays(3), CancellationToken.None);

        Assert.Equal(["a", "b"], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task Sign_ups_are_found_by_shift_and_by_user_and_erased_per_user()
    {
        using var db = Open();
        var store = new LiteDbSignupStore(db);
        await store.SaveAsync(new ShiftSignup { Id = "1", ShiftId = "s", UserId = 1, SignedUpAt = Now }, CancellationToken.None);
        await store.SaveAsync(new ShiftSignup { Id = "2", ShiftId = "s", UserId = 2, SignedUpAt = Now.AddMinutes(1) }, CancellationToken.None);
        await store.SaveAsync(new ShiftSignup { Id = "3", ShiftId = "t", UserId = 1, SignedUpAt = Now.AddMinutes(2) }, CancellationToken.None);

        Assert.Equal(["1", "2"], (await store.ForShiftAsync("s", CancellationToken.None)).Select(s => s.Id));
        Assert.Equal(["1", "3"], (await store.ForUserAsync(1, CancellationToken.None)).Select(s => s.Id));
        Assert.Equal(2, await store.DeleteForUserAsync(1, CancellationToken.None));
        Assert.Equal(["2"], (await store.ForShiftAsync("s", CancellationToken.None)).Select(s => s.Id));
    }

    [Fact]
    public async Task Concurrent_updates_of_a_shift_are_all_kept()
    {
        using var db = Open();
        var store = new LiteDbShiftStore(db);
        await store.SaveAsync(new Shift { Id = "s", Title = "s", Kind = "event", Start = Now, End = Now.AddHours(1), Place = "x", Needed = 1 }, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => store.UpdateAsync("s", s => s with { OfferedTo = [.. s.OfferedTo, i] }, CancellationToken.None))));

        Assert.Equal(20, (await store.GetAsync("s", CancellationToken.None))!.OfferedTo.Count);
        Assert.Null(await store.UpdateAsync("missing", s => s, CancellationToken.None));
    }

    private AssistantDatabase Open() => new(Options.Create(new LiteDbOptions { Path = Path.Combine(_folder, "assistant.db") }));
}
