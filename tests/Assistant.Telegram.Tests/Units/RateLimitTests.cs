using Assistant.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Telegram.Tests.Units;

public sealed class RateLimitTests
{
    [Fact]
    public void Private_chat_gets_a_short_burst_then_one_message_per_second()
    {
        var time = new FakeTimeProvider();
        var budget = new SendBudget(perSecond: 1, burst: 3, time);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, budget.Wait());
            budget.Take();
        }

        Assert.Equal(TimeSpan.FromSeconds(1), budget.Wait());
        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal(TimeSpan.FromMilliseconds(600), budget.Wait());
        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.Equal(TimeSpan.Zero, budget.Wait());
    }

    [Fact]
    public void Group_gets_no_more_than_twenty_messages_a_minute()
    {
        var time = new FakeTimeProvider();
        var budget = new SendBudget(perSecond: 20.0 / 60, burst: 1, time);
        var sent = 0;

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromMinutes(1); elapsed += TimeSpan.FromMilliseconds(100))
        {
            if (budget.Wait() == TimeSpan.Zero)
            {
                budget.Take();
                sent++;
            }

            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(20, sent);
    }

    [Fact]
    public async Task Overall_limit_allows_a_burst_then_frees_a_slot_a_window_after_its_answer()
    {
        var time = new FakeTimeProvider();
        var limit = new GlobalRateLimit(perWindow: 2, TimeSpan.FromSeconds(1), time);

        var first = await limit.AcquireAsync(CancellationToken.None);
        var second = await limit.AcquireAsync(CancellationToken.None);
        var third = limit.AcquireAsync(CancellationToken.None);

        // The first send is still on its way: no window can be counted from it yet.
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);

        first.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await third).Dispose();
        second.Dispose();
    }
}
