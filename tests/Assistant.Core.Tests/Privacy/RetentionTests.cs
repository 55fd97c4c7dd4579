using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Core.Tests.Support.Conversation;

namespace Assistant.Core.Tests.Privacy;

public sealed class RetentionTests
{
    [Fact]
    public async Task The_daily_job_erases_users_inactive_for_two_years_and_keeps_the_others()
    {
        var old = new Conversation(userId: 1);
        await old.SendAsync("/start");
        old.Clock.Advance(TimeSpan.FromDays(700));
        var recent = old.OtherUser(2);
        await recent.SendAsync("/start");
        old.Clock.Advance(TimeSpan.FromDays(31));

        var job = old.Services.GetRequiredService<RetentionJob>();
        await job.HandleAsync(new ScheduledJob { Id = "retention:test", Kind = RetentionJob.JobKind, DueAt = old.Clock.GetUtcNow() }, CancellationToken.None);

        Assert.Null(await old.ProfileAsync());
        Assert.Null(await old.StateAsync());
        Assert.NotNull(await recent.ProfileAsync());
    }

    [Fact]
    public async Task Each_run_books_the_next_one_at_three_in_the_night_Berlin_time()
    {
        var chat = new Conversation();
        var job = chat.Services.GetRequiredService<RetentionJob>();
        var store = chat.Services.GetRequiredService<IScheduledJobStore>();

        await job.BookNextAsync(CancellationToken.None);

        var next = await store.GetAsync("retention:2026-11-25", CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), next!.DueAt);
    }
}
