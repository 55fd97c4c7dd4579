using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Core.Tests.Scheduling;

public sealed class JobSchedulerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly InMemoryScheduledJobStore _store = new();
    private readonly RecordingHandler _handler = new();

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        Clock.ToInstant(new DateTime(year, month, day, hour, minute, 0), Berlin);

    private JobScheduler Scheduler(FakeTimeProvider time) =>
        new(_store, () => [_handler], Commits(time), new OutboxFeed(), Options.Create(new SchedulingOptions()), time, NullLogger<JobScheduler>.Instance);

    private ITurnStore Commits(TimeProvider time) =>
        new SeparateWritesTurnStore(new InMemoryConversationStore(), new InMemoryUserProfileStore(), _store, new InMemoryOutbox(), time);

    [Fact]
    public async Task A_job_runs_when_it_is_due_and_never_before()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 24, 10));
        var scheduler = Scheduler(time);
        await scheduler.ScheduleAsync(Job("a", Local(2026, 11, 24, 12)), CancellationToken.None);

        time.SetUtcNow(Local(2026, 11, 24, 11, 59));
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
        time.SetUtcNow(Local(2026, 11, 24, 12));
        Assert.Equal(1, await scheduler.RunDueAsync(CancellationToken.None));

        Assert.Equal(["a"], _handler.Ran);
        Assert.Equal(JobState.Done, (await _store.GetAsync("a", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_job_never_runs_twice()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 24, 12));
        var scheduler = Scheduler(time);
        await scheduler.ScheduleAsync(Job("a", Local(2026, 11, 24, 12)), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => scheduler.RunDueAsync(CancellationToken.None)));
        await scheduler.ScheduleAsync(Job("a", Local(2026, 11, 24, 12)), CancellationToken.None);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["a"], _handler.Ran);
    }

    [Fact]
    public async Task Quiet_hours_hold_a_reminder_until_the_morning()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 24, 22));
        var scheduler = Scheduler(time);
        await scheduler.ScheduleAsync(Job("r", Local(2026, 11, 24, 22), usefulUntil: Local(2026, 11, 25, 18), quiet: true), CancellationToken.None);

        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Empty(_handler.Ran);
        Assert.Equal(Local(2026, 11, 25, 8), (await _store.GetAsync("r", CancellationToken.None))!.DueAt);

        time.SetUtcNow(Local(2026, 11, 25, 8));
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(["r"], _handler.Ran);
    }

    [Fact]
    public async Task A_reminder_that_would_be_useless_in_the_morning_is_sent_in_quiet_hours()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 25, 6));
        var scheduler = Scheduler(time);
        await scheduler.ScheduleAsync(Job("r", Local(2026, 11, 25, 6), usefulUntil: Local(2026, 11, 25, 7, 30), quiet: true), CancellationToken.None);

        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["r"], _handler.Ran);
    }

    [Fact]
    public async Task A_job_missed_while_the_bot_was_down_runs_late_only_while_useful()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 25, 12));
        var scheduler = Scheduler(time);
        await _store.ScheduleAsync(Job("late-but-useful", Local(2026, 11, 25, 9), usefulUntil: Local(2026, 11, 25, 14)), CancellationToken.None);
        await _store.ScheduleAsync(Job("too-late", Local(2026, 11, 25, 9), usefulUntil: Local(2026, 11, 25, 10)), CancellationToken.None);

        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["late-but-useful"], _handler.Ran);
        Assert.Equal(JobState.Skipped, (await _store.GetAsync("too-late", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task The_background_loop_runs_a_job_when_the_clock_reaches_it()
    {
        var time = new FakeTimeProvider(Local(2026, 11, 24, 10));
        var scheduler = Scheduler(time);
        await scheduler.StartAsync(CancellationToken.None);
        await scheduler.ScheduleAsync(Job("a", Local(2026, 11, 24, 10, 0).AddSeconds(30)), CancellationToken.None);

        for (var i = 0; i < 100 && _handler.Ran.Count == 0; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal(["a"], _handler.Ran);
    }

    [Theory]
    [InlineData(2027, 3, 28, 2, 30, "2027-03-28T01:00:00+00:00")]   // skipped hour in spring: moves on to 03:00 CEST
    [InlineData(2026, 10, 25, 2, 30, "2026-10-25T00:30:00+00:00")]  // repeated hour in autumn: the first one
    [InlineData(2026, 7, 1, 18, 0, "2026-07-01T16:00:00+00:00")]
    [InlineData(2026, 12, 1, 18, 0, "2026-12-01T17:00:00+00:00")]
    public void Local_times_become_the_right_instant_across_daylight_saving(int y, int m, int d, int h, int min, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Clock.ToInstant(new DateTime(y, m, d, h, min, 0), Berlin));
    }

    [Fact]
    public void Quiet_hours_end_at_eight_local_time_also_on_the_night_the_clocks_change()
    {
        var quiet = new QuietHours(Berlin, new TimeOnly(21, 0), new TimeOnly(8, 0));

        var next = quiet.NextAllowed(Local(2027, 3, 27, 23));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 6, 0, 0, TimeSpan.Zero), next);  // 08:00 CEST
    }

    private static ScheduledJob Job(string id, DateTimeOffset due, DateTimeOffset? usefulUntil = null, bool quiet = false) =>
        new() { Id = id, Kind = "test", DueAt = due, UsefulUntil = usefulUntil, RespectsQuietHours = quiet };

    private sealed class RecordingHandler : IJobHandler
    {
        private readonly List<string> _ran = [];

        public string Kind => "test";

        public IReadOnlyList<string> Ran
        {
            get
            {
                lock (_ran)
                {
                    return _ran.ToList();
                }
            }
        }

        public Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
        {
            lock (_ran)
            {
                _ran.Add(job.Id);
            }

            return Task.CompletedTask;
        }
    }
}
