namespace Assistant.Browser.Tests;

/// <summary>The staff view works with no settings: the local staff member claims and answers a ticket, and the participant reads the answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffViewTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_staff_member_claims_and_answers_a_request_in_the_staff_view_and_the_participant_sees_the_answer()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var participantBrowser = await browser.Browser.NewContextAsync();
        await using var staffBrowser = await browser.Browser.NewContextAsync();
        var participant = await ChatPage.OpenAsync(participantBrowser, site.Url, "en");
        await ParticipantTests.StartAndAgreeAsync(participant, "en");
        await participant.PressAsync(T("en", "menu.person"));
        await participant.SendAsync("I need help with a letter from the job centre.");

        var staff = await ChatPage.OpenAsync(staffBrowser, site.Url, "en");
        await staff.Page.GetByLabel(T("en", "localchat.staff_view")).CheckAsync();
        var topic = staff.Page.Locator("#topics button").Filter(new() { HasText = "GS-" });
        await topic.First.ClickAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(staff.Page.Locator("#posts .post:not(.staff)").First).ToHaveAttributeAsync("lang", "de");
        await staff.Page.Locator("#posts").GetByRole(AriaRole.Button, new() { Name = T("de", "tickets.claim_button"), Exact = true }).ClickAsync();
        await Assertions.Expect(staff.Page.Locator("#posts .post").Last).ToContainTextAsync(LocalChat.LocalStaff.Name);

        await staff.Page.GetByLabel(T("en", "localchat.staff_input_label")).FillAsync("I will call you today at 3 pm.");
        await staff.Page.GetByLabel(T("en", "localchat.staff_input_label")).PressAsync("Enter");

        await participant.WaitForBotTextAsync("I will call you today at 3 pm.");
        await Assertions.Expect(staff.Page.Locator("#posts .post.staff").Last).ToContainTextAsync("I will call you today at 3 pm.");
    }

    [Fact]
    public async Task Help_in_the_staff_view_lists_the_staff_commands()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var staff = await ChatPage.OpenAsync(context, site.Url, "de");
        await staff.Page.GetByLabel(T("de", "localchat.staff_view")).CheckAsync();

        await staff.Page.GetByLabel(T("de", "localchat.staff_input_label")).FillAsync("/help");
        await staff.Page.GetByLabel(T("de", "localchat.staff_input_label")).PressAsync("Enter");

        var answer = staff.Page.Locator("#posts .post:not(.staff)").Last;
        await Assertions.Expect(answer).ToContainTextAsync("/claim");
        await Assertions.Expect(answer).ToContainTextAsync("/close");
        await Assertions.Expect(answer).ToContainTextAsync("/addstaff");
    }
}
