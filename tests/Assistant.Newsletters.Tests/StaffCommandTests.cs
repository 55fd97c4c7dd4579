using Assistant.Newsletters.Tests.Support;

namespace Assistant.Newsletters.Tests;

public sealed class StaffCommandTests
{
    [Fact]
    public async Task Staff_write_in_german_add_arabic_preview_each_language_and_send_now()
    {
        using var world = new NewsletterWorld();
        await NewsletterSendingTests.SubscribeAsync(world, 14);

        var created = await world.StaffAsync("/newsletter_new events Frauenfrühstück am Samstag\num 10 Uhr im Café.");
        Assert.Equal(TestWorld.T("de", "newsletter.staff.created", ("id", "N-1"), ("topic", TestWorld.T("de", "newsletter.topics.events"))), created!.Text);
        await world.StaffAsync("/newsletter_text N-1 ar فطور للنساء يوم السبت");

        var preview = (await world.StaffAsync("/newsletter_preview N-1"))!.Text;
        Assert.Contains(TestWorld.T("de", "newsletter.staff.preview_language", ("language", "ar"), ("subscribers", "2")), preview, StringComparison.Ordinal);
        Assert.Contains("فطور للنساء", preview, StringComparison.Ordinal);
        Assert.Contains(TestWorld.T("tr", "newsletter.only_german"), preview, StringComparison.Ordinal);
        Assert.Contains("Frauenfrühstück am Samstag\num 10 Uhr im Café.", preview, StringComparison.Ordinal);
        Assert.Equal(0, world.Messenger.Count);

        await world.StaffAsync("/newsletter_send N-1");
        await world.RunDueJobsAsync();

        Assert.Equal(14, world.Messenger.Count);
        var figures = (await world.StaffAsync("/newsletters"))!.Text;
        Assert.Equal(
            TestWorld.T("de", "newsletter.staff.figures", ("id", "N-1"), ("topic", TestWorld.T("de", "newsletter.topics.events")), ("state", TestWorld.T("de", "newsletter.staff.states.sent")),
                ("sent", "14"), ("delivered", "14"), ("failed", "0"), ("unsubscribed", "0")),
            figures);
    }

    [Fact]
    public async Task A_newsletter_planned_for_a_time_goes_out_then_and_not_before()
    {
        using var world = new NewsletterWorld();
        await NewsletterSendingTests.SubscribeAsync(world, 3);
        await world.StaffAsync("/newsletter_new funding Neues Förderprogramm");
        await world.Stores.Subscriptions.SaveAsync(new Subscriptions.NewsletterSubscriber { UserId = 1, Topics = [NewsletterTopics.Funding] }, CancellationToken.None);

        var planned = await world.StaffAsync("/newsletter_send N-1 2026-11-25 10:00");
        Assert.Equal(TestWorld.T("de", "newsletter.staff.scheduled", ("id", "N-1"), ("time", "2026-11-25 10:00")), planned!.Text);
        world.Clock.Advance(TimeSpan.FromHours(23));
        await world.RunDueJobsAsync();
        Assert.Equal(0, world.Messenger.Count);

        world.Clock.Advance(TimeSpan.FromHours(2));
        await world.RunDueJobsAsync();
        Assert.Single(world.Messenger.To(1));
    }

    [Theory]
    [InlineData("/newsletter_new")]
    [InlineData("/newsletter_new gossip Hallo")]
    [InlineData("/newsletter_new events")]
    public async Task A_wrong_new_command_explains_itself_and_creates_nothing(string command)
    {
        using var world = new NewsletterWorld();

        var answer = await world.StaffAsync(command);

        Assert.Equal(TestWorld.T("de", "newsletter.staff.usage_new", ("topics", "events, counselling, funding, training")), answer!.Text);
        Assert.Empty(await world.Stores.Newsletters.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_sent_newsletter_cannot_be_changed_or_sent_again()
    {
        using var world = new NewsletterWorld();
        await NewsletterSendingTests.SubscribeAsync(world, 2);
        await world.StaffAsync("/newsletter_new events Hallo");
        await world.StaffAsync("/newsletter_send N-1");
        await world.RunDueJobsAsync();

        var text = await world.StaffAsync("/newsletter_text N-1 en Hello");
        var again = await world.StaffAsync("/newsletter_send N-1");
        await world.RunDueJobsAsync();

        Assert.Equal(TestWorld.T("de", "newsletter.staff.cannot_change", ("id", "N-1")), text!.Text);
        Assert.Equal(TestWorld.T("de", "newsletter.staff.cannot_change", ("id", "N-1")), again!.Text);
        Assert.Equal(2, world.Messenger.Count);
    }
}
