using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Workshops.Tests.Privacy;

public sealed class PersonalDataTests
{
    [Fact]
    public async Task My_data_lists_registrations_and_appointments_in_the_users_language()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None);

        var sections = await Task.WhenAll(Areas(world).Select(a => a.ExportAsync(1, "en", CancellationToken.None)));

        Assert.Equal(
            ["Sewing circle (en), Thursday 26 November 2026, 10:00–12:00: registered", "Counselling (en), Wednesday 25 November 2026, 10:00–10:45: booked"],
            sections.SelectMany(s => s!.Lines));
        Assert.Null(await Areas(world)[0].ExportAsync(2, "en", CancellationToken.None));
    }

    [Fact]
    public async Task Erasure_cancels_first_so_the_waiting_list_moves_then_removes_everything()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        var waiting = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None)).Registration!;
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None);

        var removed = 0;
        foreach (var area in Areas(world))
        {
            removed += await area.EraseAsync(1, CancellationToken.None);
        }

        await world.AdvanceToAsync(slot.Start);
        Assert.Equal(2, removed);
        Assert.Empty(await world.Registrations.ForUserAsync(1, CancellationToken.None));
        Assert.Empty(await world.Appointments.ForUserAsync(1, CancellationToken.None));
        Assert.Equal(RegistrationStatus.Offered, (await world.Registrations.GetAsync(waiting.Id, CancellationToken.None))!.Status);
        Assert.Empty(world.Messenger.To(1));
        Assert.DoesNotContain(await world.Jobs.DueAsync(DateTimeOffset.MaxValue, 100, CancellationToken.None), j => j.UserId == 1);
    }

    [Fact]
    public async Task Registrations_and_appointments_are_deleted_half_a_year_after_their_date()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        var slot = (await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None))[0];
        await world.Appointments.BookAsync(new AppointmentRequest(slot.Id, 1, "Amina", null, "de", null), CancellationToken.None);
        var policy = world.Services.GetServices<IRetentionPolicy>().Single(p => p.Name == "registrations");
        var end = world.Session("sewing-circle", "thursday").Session.End;

        Assert.Equal(0, await policy.DeleteExpiredAsync(end.AddDays(100), CancellationToken.None));
        Assert.Equal(2, await policy.DeleteExpiredAsync(end.AddDays(184), CancellationToken.None));
        Assert.Empty(await world.Registrations.ForUserAsync(1, CancellationToken.None));
    }

    private static IReadOnlyList<IPersonalDataArea> Areas(WorkshopWorld world) =>
        world.Services.GetServices<IPersonalDataArea>().Where(a => a.Name is "workshops" or "appointments").ToList();
}
