using Assistant.Storage.Tests.Providers;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>Registrations and appointments: places and slots are never given twice, however many ask at once.</summary>
public abstract class WorkshopStoresContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    private const int Places = 10;

    [SkippableFact]
    public async Task Twenty_people_registering_at_once_for_ten_places_never_overbook()
    {
        var store = Store<IRegistrationStore>();

        var statuses = await AtOnceAsync(20, i => store.ChangeSessionAsync("w/s1", session =>
        {
            var registration = Registration($"r{i}", "s1", userId: i, queue: session.Count + 1,
                session.Count(r => r.HoldsPlace) < Places ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting);
            return new SessionChange<RegistrationStatus>([registration], registration.Status);
        }, None));

        var session = await store.ForSessionAsync("w/s1", None);
        Assert.Equal((Places, 20 - Places), (statuses.Count(s => s == RegistrationStatus.Confirmed), statuses.Count(s => s == RegistrationStatus.Waiting)));
        Assert.Equal(Places, session.Count(r => r.HoldsPlace));
        Assert.Equal(Enumerable.Range(1, 20), session.Select(r => r.QueueNumber));
    }

    [SkippableFact]
    public async Task A_session_change_that_saves_nothing_changes_nothing_and_changed_registrations_replace_the_old()
    {
        var store = Store<IRegistrationStore>();
        await store.ChangeSessionAsync("w/s1", _ => new SessionChange<int>([Registration("r1", "s1", 1, 1, RegistrationStatus.Confirmed)], 0), None);

        Assert.Equal(7, await store.ChangeSessionAsync("w/s1", _ => new SessionChange<int>([], 7), None));
        await store.ChangeSessionAsync("w/s1", session => new SessionChange<int>([session[0] with { Status = RegistrationStatus.Cancelled }], 0), None);

        var stored = await store.GetAsync("r1", None);
        Assert.Equal(Registration("r1", "s1", 1, 1, RegistrationStatus.Cancelled) with { Needs = stored!.Needs }, stored);
        Assert.Equal("فارسی", stored.Needs.InterpreterLanguage);
        Assert.Single(await store.ForSessionAsync("w/s1", None));
    }

    [SkippableFact]
    public async Task Registrations_are_found_by_user_and_removed_by_session_end_or_user()
    {
        var store = Store<IRegistrationStore>();
        await store.ChangeSessionAsync("w/old", _ => new SessionChange<int>([Registration("a", "old", 1, 1, RegistrationStatus.Confirmed, ends: Now.AddDays(-100))], 0), None);
        await store.ChangeSessionAsync("w/new", _ => new SessionChange<int>(
            [Registration("b", "new", 1, 1, RegistrationStatus.Confirmed, ends: Now.AddDays(5)), Registration("c", "new", 2, 2, RegistrationStatus.Waiting, ends: Now.AddDays(5))], 0), None);

        Assert.Equal(["a", "b"], (await store.ForUserAsync(1, None)).Select(r => r.Id).Order());
        Assert.Equal(1, await store.DeleteEndedBeforeAsync(Now.AddDays(-90), None));
        Assert.Null(await store.GetAsync("a", None));
        Assert.Equal(1, await store.DeleteForUserAsync(1, None));
        Assert.Equal(["c"], (await store.ForSessionAsync("w/new", None)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Of_twenty_people_booking_one_slot_at_once_exactly_one_gets_it_and_a_cancelled_slot_is_free_again()
    {
        var store = Store<IAppointmentStore>();

        var booked = await AtOnceAsync(20, i => store.TryBookAsync(Appointment($"a{i}", "slot-1", userId: i), None));

        Assert.Single(booked, b => b);
        var winner = $"a{Array.IndexOf(booked, true)}";
        Assert.Equal(new HashSet<string> { "slot-1" }, await store.BookedSlotIdsAsync(None));
        Assert.Equal(AppointmentStatus.Cancelled, (await store.ChangeAsync(winner, a => a with { Status = AppointmentStatus.Cancelled, CancelledAt = Now }, None))!.Status);
        Assert.Empty(await store.BookedSlotIdsAsync(None));
        Assert.True(await store.TryBookAsync(Appointment("again", "slot-1", userId: 99), None));
    }

    [SkippableFact]
    public async Task An_appointment_comes_back_whole_and_a_change_that_returns_nothing_leaves_it()
    {
        var store = Store<IAppointmentStore>();
        var appointment = Appointment("a1", "slot-1", userId: 5);
        Assert.True(await store.TryBookAsync(appointment, None));

        Assert.Null(await store.ChangeAsync("a1", _ => null, None));
        Assert.Null(await store.ChangeAsync("missing", a => a, None));

        Assert.Equal(appointment, await store.GetAsync("a1", None));
        Assert.Equal(["a1"], (await store.ForUserAsync(5, None)).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task Added_slots_are_unique_per_time_and_appointments_go_by_end_or_user()
    {
        var store = Store<IAppointmentStore>();
        Assert.True(await store.TryAddSlotAsync(new AppointmentSlot("migration", Now.AddDays(2)) { AddedBy = 9 }, None));
        Assert.True(await store.TryAddSlotAsync(new AppointmentSlot("migration", Now.AddDays(1)), None));
        Assert.False(await store.TryAddSlotAsync(new AppointmentSlot("migration", Now.AddDays(2)), None));
        Assert.True(await store.TryBookAsync(Appointment("old", "s-old", userId: 1, start: Now.AddDays(-100)), None));
        Assert.True(await store.TryBookAsync(Appointment("mine", "s-mine", userId: 1, start: Now.AddDays(1)), None));
        Assert.True(await store.TryBookAsync(Appointment("staff", "s-staff", userId: null, start: Now.AddDays(1)), None));

        var slots = await store.AddedSlotsAsync(None);
        Assert.Equal([Now.AddDays(1), Now.AddDays(2)], slots.Select(s => s.Start));
        Assert.Equal(9L, slots[1].AddedBy);
        Assert.Equal(1, await store.DeleteEndedBeforeAsync(Now.AddDays(-90), None));
        Assert.Equal(1, await store.DeleteForUserAsync(1, None));
        Assert.Equal(new HashSet<string> { "s-staff" }, await store.BookedSlotIdsAsync(None));
    }

    private static WorkshopRegistration Registration(string id, string session, long userId, int queue, RegistrationStatus status, DateTimeOffset? ends = null) => new()
    {
        Id = id,
        WorkshopId = "w",
        SessionId = session,
        UserId = userId,
        Name = "Amina Yusuf",
        Phone = "+491512345678",
        Language = "ar",
        Needs = new RegistrationNeeds { Childcare = true, ChildrenAges = "3, 5", InterpreterLanguage = "فارسی" },
        Status = status,
        QueueNumber = queue,
        RegisteredAt = Now.AddSeconds(queue),
        SessionEnd = ends ?? Now.AddDays(3),
    };

    private static Appointment Appointment(string id, string slot, long? userId, DateTimeOffset? start = null) => new()
    {
        Id = id,
        ServiceId = "migration",
        SlotId = slot,
        Start = start ?? Now.AddDays(1),
        End = (start ?? Now.AddDays(1)).AddMinutes(45),
        UserId = userId,
        Name = "Olena",
        Language = "uk",
        InterpreterLanguage = "uk",
        BookedAt = Now,
    };
}

public sealed class InMemoryWorkshopStoresTests(InMemoryStores stores) : WorkshopStoresContract<InMemoryStores>(stores);

public sealed class LiteDbWorkshopStoresTests(LiteDbStores stores) : WorkshopStoresContract<LiteDbStores>(stores);

public sealed class PostgreSqlWorkshopStoresTests(PostgreSqlStores stores) : WorkshopStoresContract<PostgreSqlStores>(stores);
