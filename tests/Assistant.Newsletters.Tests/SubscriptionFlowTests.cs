using Assistant.Core.Users;
using Assistant.Newsletters.Sending;
using Assistant.Newsletters.Tests.Support;

namespace Assistant.Newsletters.Tests;

public sealed class SubscriptionFlowTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("uk")]
    public async Task A_topic_chosen_from_the_main_menu_is_subscribed_and_the_consent_recorded(string language)
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1, language);

        await amina.ChooseAsync("menu.newsletter");
        await amina.PressAsync(Off(amina, "events"));

        Assert.Contains(amina.T("newsletter.subscribed", ("topic", amina.T("newsletter.topics.events"))), amina.LastTexts);
        Assert.Contains(On(amina, "events"), amina.ButtonLabels);
        Assert.Equal([NewsletterTopics.Events], (await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None))!.Topics);
        var consent = (await world.Stores.Profiles.GetAsync(1, CancellationToken.None))!.ConsentHistory.Last();
        Assert.Equal((NewsletterConsent.Purpose, ConsentDecision.Given, language), (consent.Purpose, consent.Decision, consent.Language));
    }

    [Fact]
    public async Task Switching_the_last_topic_off_records_the_withdrawal()
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1);
        await amina.SendAsync("/newsletter");
        await amina.PressAsync(Off(amina, "funding"));

        await amina.PressAsync(On(amina, "funding"));
        await amina.ChooseAsync("newsletter.done");

        Assert.Null(await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None));
        var history = (await world.Stores.Profiles.GetAsync(1, CancellationToken.None))!.ConsentHistory.Where(c => c.Purpose == NewsletterConsent.Purpose);
        Assert.Equal([ConsentDecision.Given, ConsentDecision.Refused], history.Select(c => c.Decision));
        Assert.Contains(amina.T("newsletter.saved"), amina.LastTexts);
    }

    [Fact]
    public async Task Without_the_general_consent_nobody_is_subscribed()
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1);
        await world.Stores.Profiles.SaveAsync((await world.Stores.Profiles.GetAsync(1, CancellationToken.None))! with { Consent = ConsentDecision.Refused }, CancellationToken.None);

        await amina.SendAsync("/newsletter");

        Assert.Contains(amina.T("newsletter.needs_consent"), amina.LastTexts);
        Assert.Null(await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task The_unsubscribe_button_under_a_newsletter_ends_its_topic_and_counts_as_unsubscribed_afterwards()
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1, "ru");
        await amina.SendAsync("/newsletter");
        await amina.PressAsync(Off(amina, "events"));
        await amina.PressAsync(Off(amina, "training"));
        var newsletter = await world.Desk.CreateAsync(NewsletterTopics.Events, "Hallo", NewsletterWorld.StaffUserId, CancellationToken.None);
        await world.Desk.ScheduleAsync(newsletter.Id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        await amina.PressInInboxAsync(amina.T("newsletter.unsubscribe_button"));

        Assert.Contains(amina.T("newsletter.unsubscribed", ("topic", amina.T("newsletter.topics.events"))), amina.LastTexts);
        Assert.Equal([NewsletterTopics.Training], (await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None))!.Topics);
        Assert.Equal(1, (await world.Desk.FiguresAsync(newsletter.Id, CancellationToken.None)).Unsubscribed);
    }

    [Fact]
    public async Task An_unknown_unsubscribe_button_changes_nothing()
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1);
        await world.SubscriberAsync(1, "de", NewsletterTopics.Events);

        await amina.SendAsync("/unsubscribe N-999");

        Assert.Contains(amina.T("newsletter.unknown"), amina.LastTexts);
        Assert.NotNull(await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task My_data_shows_the_topics_and_delete_erases_them_while_the_figures_stay()
    {
        using var world = new NewsletterWorld();
        var amina = await world.ParticipantAsync(1);
        await amina.SendAsync("/newsletter");
        await amina.PressAsync(Off(amina, "counselling"));
        var newsletter = await world.Desk.CreateAsync(NewsletterTopics.Counselling, "Hallo", NewsletterWorld.StaffUserId, CancellationToken.None);
        await world.Desk.ScheduleAsync(newsletter.Id, null, CancellationToken.None);
        await world.RunDueJobsAsync();

        await amina.SendAsync("/mydata");
        Assert.Contains(amina.T("newsletter.data_topics", ("topics", amina.T("newsletter.topics.counselling")), ("number", "1")), amina.AllText);
        Assert.Contains(amina.T("privacy.data_newsletter_given", ("date", "24.11.2026"), ("version", ConsentRecorder.NoticeVersion)), amina.AllText);

        await amina.SendAsync("/delete");
        await amina.ChooseAsync("dialog.yes");

        Assert.Null(await world.Stores.Subscriptions.GetAsync(1, CancellationToken.None));
        Assert.Empty(await world.Stores.Newsletters.DeliveriesForUserAsync(1, CancellationToken.None));
        Assert.Equal(1, (await world.Desk.FiguresAsync(newsletter.Id, CancellationToken.None)).Delivered);
        Assert.All(await world.Stores.Newsletters.DeliveriesAsync(newsletter.Id, CancellationToken.None), d => Assert.DoesNotContain(":1", d.Id, StringComparison.Ordinal));
    }

    private static string Off(Participant p, string topic) => p.T("newsletter.topic_off", ("topic", p.T("newsletter.topics." + topic)));

    private static string On(Participant p, string topic) => p.T("newsletter.topic_on", ("topic", p.T("newsletter.topics." + topic)));
}
