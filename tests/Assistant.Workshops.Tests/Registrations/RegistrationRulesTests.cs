using Assistant.Core.Scheduling;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Workshops;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Tests.Registrations;

public sealed class RegistrationRulesTests
{
    [Fact]
    public async Task Registration_gets_a_place_while_places_are_free()
    {
        using var world = new WorkshopWorld();

        var result = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);

        Assert.Equal(RegisterOutcome.Confirmed, result.Outcome);
        Assert.Equal(RegistrationStatus.Confirmed, result.Registration!.Status);
    }

    [Fact]
    public async Task Full_workshop_puts_registration_on_waiting_list()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);

        var third = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        var fourth = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 4), CancellationToken.None);

        Assert.Equal((RegisterOutcome.Waiting, 1), (third.Outcome, third.WaitingPosition));
        Assert.Equal((RegisterOutcome.Waiting, 2), (fourth.Outcome, fourth.WaitingPosition));
    }

    [Fact]
    public async Task Registering_twice_for_the_same_session_is_refused()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);

        var again = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);

        Assert.Equal(RegisterOutcome.AlreadyRegistered, again.Outcome);
        Assert.Single(await world.Registrations.ForSessionAsync("sewing-circle", "thursday", CancellationToken.None));
    }

    [Fact]
    public async Task Registration_after_the_deadline_is_closed()
    {
        using var world = new WorkshopWorld();

        var result = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "deadline-passed", 1), CancellationToken.None);

        Assert.Equal(RegisterOutcome.Closed, result.Outcome);
    }

    [Fact]
    public async Task Registration_once_the_session_started_is_closed()
    {
        using var world = new WorkshopWorld();
        world.Clock.SetUtcNow(world.Session("sewing-circle", "thursday").Session.Start);

        var result = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);

        Assert.Equal(RegisterOutcome.Closed, result.Outcome);
    }

    [Fact]
    public async Task Fifty_people_registering_at_once_for_ten_places_give_ten_places_and_forty_waiting()
    {
        using var world = new WorkshopWorld();

        await AssertNoOverbookingAsync(world);
    }

    [Fact]
    public async Task Fifty_people_registering_at_once_in_the_real_store_give_ten_places_and_forty_waiting()
    {
        var folder = Directory.CreateTempSubdirectory("workshops-concurrency-");
        try
        {
            using (var db = new AssistantDatabase(Options.Create(new LiteDbOptions { Path = Path.Combine(folder.FullName, "a.db") })))
            using (var world = new WorkshopWorld(jobs: new LiteDbScheduledJobStore(db), registrations: new LiteDbRegistrationStore(db)))
            {
                await AssertNoOverbookingAsync(world);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Cancellation_offers_the_place_to_the_first_on_the_waiting_list()
    {
        using var world = new WorkshopWorld();
        var first = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        var waiting = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 4), CancellationToken.None);

        var cancelled = await world.Registrations.CancelAsync(first.Registration!.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Equal(ChangeOutcome.Done, cancelled.Outcome);
        var offered = await world.Registrations.GetAsync(waiting.Registration!.Id, CancellationToken.None);
        Assert.Equal(RegistrationStatus.Offered, offered!.Status);
        Assert.Equal(world.Clock.GetUtcNow().AddHours(24), offered.OfferExpiresAt);
        Assert.Single(world.Messenger.To(3));
        Assert.Empty(world.Messenger.To(4));
    }

    [Fact]
    public async Task New_registration_waits_while_a_freed_place_is_offered_to_the_waiting_list()
    {
        using var world = new WorkshopWorld();
        var first = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None);
        await world.Registrations.CancelAsync(first.Registration!.Id, 1, CancellationToken.None);

        var late = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 5), CancellationToken.None);

        Assert.Equal((RegisterOutcome.Waiting, 1), (late.Outcome, late.WaitingPosition));
    }

    [Fact]
    public async Task Waiting_list_chain_of_three_promotions_with_one_timeout()
    {
        using var world = new WorkshopWorld();
        var holder = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 3), CancellationToken.None);
        var silent = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 11), CancellationToken.None)).Registration!;
        var second = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 12), CancellationToken.None)).Registration!;
        var third = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 13), CancellationToken.None)).Registration!;

        // 1: a place comes free and goes to the first waiting, who never answers.
        await world.Registrations.CancelAsync(holder.Registration!.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();
        Assert.Equal(RegistrationStatus.Offered, (await world.Registrations.GetAsync(silent.Id, CancellationToken.None))!.Status);
        await world.AdvanceAsync(TimeSpan.FromHours(23));
        Assert.Empty(world.Messenger.To(12));

        // 2: after 24 hours the offer runs out and the second waiting gets it, and takes it.
        await world.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(RegistrationStatus.OfferExpired, (await world.Registrations.GetAsync(silent.Id, CancellationToken.None))!.Status);
        Assert.Equal(RegistrationStatus.Offered, (await world.Registrations.GetAsync(second.Id, CancellationToken.None))!.Status);
        Assert.Equal(ChangeOutcome.Done, (await world.Registrations.AcceptOfferAsync(second.Id, 12, CancellationToken.None)).Outcome);

        // 3: the second cannot come after all; the third is offered the place and takes it.
        await world.Registrations.CancelAsync(second.Id, 12, CancellationToken.None);
        await world.RunDueJobsAsync();
        Assert.Equal(ChangeOutcome.Done, (await world.Registrations.AcceptOfferAsync(third.Id, 13, CancellationToken.None)).Outcome);

        var roster = await world.Registrations.ForSessionAsync("sewing-circle", "friday-evening", CancellationToken.None);
        Assert.Equal([2, 3, 13], roster.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.UserId).Order());
        var (workshop, session) = world.Session("sewing-circle", "friday-evening");
        Assert.Equal(world.Messages.OfferExpired(workshop, session, "de").Text, world.Messenger.To(11).Last().Text);
        Assert.Contains(world.Messenger.To(12), m => m.Text.StartsWith("🎉", StringComparison.Ordinal));
        Assert.Contains(world.Messenger.To(13), m => m.Text.StartsWith("🎉", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accepting_after_the_offer_ran_out_changes_nothing()
    {
        using var world = new WorkshopWorld();
        var holder = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 2), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 3), CancellationToken.None);
        var late = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "friday-evening", 11), CancellationToken.None)).Registration!;
        await world.Registrations.CancelAsync(holder.Registration!.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();
        await world.AdvanceAsync(TimeSpan.FromHours(25));

        var accepted = await world.Registrations.AcceptOfferAsync(late.Id, 11, CancellationToken.None);

        Assert.Equal(ChangeOutcome.NoLongerValid, accepted.Outcome);
        Assert.Equal(RegistrationStatus.OfferExpired, (await world.Registrations.GetAsync(late.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Offer_close_to_the_session_runs_until_the_start_only()
    {
        using var world = new WorkshopWorld();
        var (_, session) = world.Session("sewing-circle", "thursday");
        var holder = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 2), CancellationToken.None);
        var waiting = (await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 3), CancellationToken.None)).Registration!;
        world.Clock.SetUtcNow(session.Start.AddHours(-1));

        await world.Registrations.CancelAsync(holder.Registration!.Id, 1, CancellationToken.None);
        await world.RunDueJobsAsync();

        Assert.Equal(session.Start, (await world.Registrations.GetAsync(waiting.Id, CancellationToken.None))!.OfferExpiresAt);
    }

    [Fact]
    public async Task Someone_elses_registration_cannot_be_cancelled()
    {
        using var world = new WorkshopWorld();
        var mine = await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 1), CancellationToken.None);

        var result = await world.Registrations.CancelAsync(mine.Registration!.Id, 2, CancellationToken.None);

        Assert.Equal(ChangeOutcome.NotFound, result.Outcome);
        Assert.Equal(RegistrationStatus.Confirmed, (await world.Registrations.GetAsync(mine.Registration.Id, CancellationToken.None))!.Status);
    }

    private static async Task AssertNoOverbookingAsync(WorkshopWorld world)
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(user => Task.Run(() =>
            world.Registrations.RegisterAsync(world.Request("big-lecture", "december", user), CancellationToken.None))));

        Assert.Equal(10, results.Count(r => r.Outcome == RegisterOutcome.Confirmed));
        Assert.Equal(40, results.Count(r => r.Outcome == RegisterOutcome.Waiting));
        Assert.Equal(Enumerable.Range(1, 40), results.Where(r => r.Outcome == RegisterOutcome.Waiting).Select(r => r.WaitingPosition).Order());
        var stored = await world.Registrations.ForSessionAsync("big-lecture", "december", CancellationToken.None);
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(50, stored.Select(r => r.UserId).Distinct().Count());
    }
}
