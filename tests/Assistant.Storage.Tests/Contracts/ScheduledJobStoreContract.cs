using Assistant.Core.Scheduling;
using Assistant.Storage.Tests.Providers;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>Reminders come due in order, run at most once, and a cancelled or erased one never comes.</summary>
public abstract class ScheduledJobStoreContract<TProvider>(TProvider provider) : StoreContract<TProvider>(provider)
    where TProvider : StoreProvider
{
    [SkippableFact]
    public async Task Due_jobs_come_earliest_first_up_to_the_limit_with_everything_they_carry()
    {
        var jobs = Store<IScheduledJobStore>();
        await jobs.ScheduleAsync(Job("reminder:b", Now.AddMinutes(-5)), None);
        await jobs.ScheduleAsync(Job("reminder:a", Now.AddMinutes(-10)), None);
        await jobs.ScheduleAsync(Job("reminder:c", Now.AddMinutes(-1)), None);
        await jobs.ScheduleAsync(Job("reminder:later", Now.AddHours(1)), None);

        var due = await jobs.DueAsync(Now, 2, None);

        Assert.Equal(["reminder:a", "reminder:b"], due.Select(j => j.Id));
        Assert.Equal(Job("reminder:a", Now.AddMinutes(-10)).Data, due[0].Data);
        Assert.Equal((7L, true, Now.AddDays(1)), (due[0].UserId!.Value, due[0].RespectsQuietHours, due[0].UsefulUntil!.Value));
        Assert.Equal(Now.AddMinutes(-10), await jobs.NextDueAsync(None));
    }

    [SkippableFact]
    public async Task A_job_moves_on_only_from_the_state_it_is_in_and_only_once_among_twenty()
    {
        var jobs = Store<IScheduledJobStore>();
        var job = Job("reminder:x", Now);
        await jobs.ScheduleAsync(job, None);

        var taken = await AtOnceAsync(20, _ => jobs.TryTransitionAsync(job with { State = JobState.Running }, JobState.Pending, None));

        Assert.Single(taken, t => t);
        Assert.False(await jobs.TryTransitionAsync(job with { State = JobState.Done }, JobState.Pending, None));
        Assert.True(await jobs.TryTransitionAsync(job with { State = JobState.Done, FinishedAt = Now }, JobState.Running, None));
        Assert.Equal((JobState.Done, Now), ((await jobs.GetAsync("reminder:x", None))!.State, (await jobs.GetAsync("reminder:x", None))!.FinishedAt!.Value));
        Assert.Empty(await jobs.DueAsync(Now, 10, None));
        Assert.Null(await jobs.NextDueAsync(None));
    }

    [SkippableFact]
    public async Task Scheduling_again_moves_a_pending_job_but_leaves_one_that_ran()
    {
        var jobs = Store<IScheduledJobStore>();
        await jobs.ScheduleAsync(Job("pending", Now), None);
        await jobs.ScheduleAsync(Job("pending", Now.AddHours(2)), None);
        await jobs.ScheduleAsync(Job("ran", Now), None);
        Assert.True(await jobs.TryTransitionAsync(Job("ran", Now) with { State = JobState.Done }, JobState.Pending, None));

        await jobs.ScheduleAsync(Job("ran", Now.AddHours(3)), None);

        Assert.Equal(Now.AddHours(2), (await jobs.GetAsync("pending", None))!.DueAt);
        Assert.Equal((JobState.Done, Now), ((await jobs.GetAsync("ran", None))!.State, (await jobs.GetAsync("ran", None))!.DueAt));
    }

    [SkippableFact]
    public async Task Cancelling_by_prefix_cancels_only_the_pending_jobs_of_that_registration()
    {
        var jobs = Store<IScheduledJobStore>();
        await jobs.ScheduleAsync(Job("reg:w1:day", Now), None);
        await jobs.ScheduleAsync(Job("reg:w1:hour", Now), None);
        await jobs.ScheduleAsync(Job("reg:w10:day", Now), None);
        await jobs.ScheduleAsync(Job("reg:w1:done", Now), None);
        Assert.True(await jobs.TryTransitionAsync(Job("reg:w1:done", Now) with { State = JobState.Done }, JobState.Pending, None));

        Assert.Equal(2, await jobs.CancelAsync("reg:w1:", None));

        Assert.Equal(JobState.Cancelled, (await jobs.GetAsync("reg:w1:day", None))!.State);
        Assert.Equal(JobState.Done, (await jobs.GetAsync("reg:w1:done", None))!.State);
        Assert.Equal(["reg:w10:day"], (await jobs.DueAsync(Now, 10, None)).Select(j => j.Id));
    }

    [SkippableFact]
    public async Task Erasing_a_user_removes_all_their_jobs_and_no_one_elses()
    {
        var jobs = Store<IScheduledJobStore>();
        await jobs.ScheduleAsync(Job("a", Now, userId: 7), None);
        await jobs.ScheduleAsync(Job("b", Now.AddDays(1), userId: 7), None);
        await jobs.ScheduleAsync(Job("c", Now, userId: 8), None);
        await jobs.ScheduleAsync(Job("newsletter", Now, userId: null), None);

        Assert.Equal(2, await jobs.DeleteForUserAsync(7, None));

        Assert.Null(await jobs.GetAsync("a", None));
        Assert.Equal(["c", "newsletter"], (await jobs.DueAsync(Now, 10, None)).Select(j => j.Id).Order());
    }

    private static ScheduledJob Job(string id, DateTimeOffset due, long? userId = 7) => new()
    {
        Id = id,
        Kind = "workshop-reminder",
        DueAt = due,
        UsefulUntil = Now.AddDays(1),
        RespectsQuietHours = true,
        UserId = userId,
        Data = new Dictionary<string, string> { ["registration"] = "w1", ["text"] = "تذكير" },
    };
}

public sealed class InMemoryScheduledJobStoreTests(InMemoryStores stores) : ScheduledJobStoreContract<InMemoryStores>(stores);

public sealed class LiteDbScheduledJobStoreTests(LiteDbStores stores) : ScheduledJobStoreContract<LiteDbStores>(stores);

public sealed class PostgreSqlScheduledJobStoreTests(PostgreSqlStores stores) : ScheduledJobStoreContract<PostgreSqlStores>(stores);
