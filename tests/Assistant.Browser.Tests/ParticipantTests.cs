namespace Assistant.Browser.Tests;

/// <summary>What a participant does on the page: register for a workshop, chat in Arabic, be one of two people.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticipantTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_workshop_registration_ends_in_a_calendar_file_downloaded_from_the_bubble()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var chat = await ChatPage.OpenAsync(context, site.Url, "en");

        await StartAndAgreeAsync(chat, "en");
        await chat.PressAsync(T("en", "menu.workshops"));
        await chat.Page.Locator("#log .msg.bot .buttons").Last.GetByRole(AriaRole.Button).First.ClickAsync();
        await chat.WaitForBotTextAsync(T("en", "workshops.choose_session"));
        await chat.Page.Locator("#log .msg.bot .buttons").Last.GetByRole(AriaRole.Button).First.ClickAsync();
        await chat.WaitForBotTextAsync(T("en", "workshops.ask_name"));
        await chat.SendAsync("Amina Haddad");
        await chat.PressAsync(T("en", "dialog.yes"));
        await chat.Page.GetByLabel(T("en", "localchat.phone_label")).FillAsync("0171 2345678");
        await chat.PressAsync(T("en", "telegram.share_contact"));
        await chat.PressAsync(T("en", "dialog.no"));
        await chat.PressAsync(T("en", "dialog.no"));
        await chat.PressAsync(T("en", "dialog.no"));
        for (var step = 0; step < 3 && await chat.Page.Locator("#log a.download").CountAsync() == 0; step++)
        {
            await chat.PressAsync(T("en", "dialog.yes"));
        }

        var link = chat.Page.Locator("#log .msg.bot a.download").Last;
        // The page follows the conversation: the newest message and its buttons are in view.
        await Assertions.Expect(chat.Bubbles.Last).ToBeInViewportAsync();
        var download = await chat.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var file = Path.Combine(Repo.NewFolder("download-"), download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        var ics = await File.ReadAllTextAsync(file);
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Arabic_session_turns_the_whole_page_and_every_bot_message_right_to_left()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, site.Url, "ar");

        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(chat.Page.Locator("h1")).ToHaveTextAsync(T("ar", "localchat.heading"));
        await Assertions.Expect(chat.Page.Locator("#welcome")).ToHaveTextAsync(T("ar", "localchat.welcome"));
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = T("ar", "localchat.start"), Exact = true }).ClickAsync();
        await chat.WaitForBotTextAsync(T("ar", "onboarding.welcome"));

        foreach (var bubble in await chat.BotBubbles.AllAsync())
        {
            Assert.Equal("rtl", await bubble.GetAttributeAsync("dir"));
            Assert.Equal("ar", await bubble.GetAttributeAsync("lang"));
        }

        // Mirrored: the bot's bubbles sit on the right-hand side.
        var box = await chat.BotBubbles.First.BoundingBoxAsync();
        var width = (await chat.Page.EvaluateAsync<float>("document.documentElement.clientWidth"));
        Assert.True(box!.X + box.Width > width / 2, "the bot's bubble should start on the right");
    }

    [Fact]
    public async Task Two_browsers_are_two_people_and_two_tabs_of_one_person_both_show_every_message()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var amina = await browser.Browser.NewContextAsync();
        await using var olena = await browser.Browser.NewContextAsync();
        var aminaTab = await ChatPage.OpenAsync(amina, site.Url, "de");
        var olenaTab = await ChatPage.OpenAsync(olena, site.Url, "uk");

        await StartAndAgreeAsync(aminaTab, "de");
        await olenaTab.Page.GetByRole(AriaRole.Button, new() { Name = T("uk", "localchat.start"), Exact = true }).ClickAsync();
        await olenaTab.WaitForBotTextAsync(T("uk", "onboarding.welcome"));

        Assert.NotEqual(await aminaTab.Page.Locator("#user").InputValueAsync(), await olenaTab.Page.Locator("#user").InputValueAsync());
        await Assertions.Expect(olenaTab.BotBubbles.Filter(new() { HasText = T("de", "menu.prompt") })).ToHaveCountAsync(0);

        // A second tab of the same browser is the same person and shows the whole conversation, and what comes next.
        var secondTab = new ChatPage(await amina.NewPageAsync());
        secondTab.Page.SetDefaultTimeout(ChatPage.Timeout);
        await secondTab.Page.GotoAsync(site.Url);
        await secondTab.WaitForBotTextAsync(T("de", "menu.prompt"));
        await aminaTab.PressAsync(T("de", "menu.workshops"));
        await secondTab.WaitForBotTextAsync(T("de", "workshops.choose"));
        Assert.Equal(await aminaTab.Bubbles.CountAsync(), await secondTab.Bubbles.CountAsync());
    }

    [Fact]
    public async Task A_message_typed_while_the_server_is_down_is_not_lost_and_the_page_says_it_was_not_sent()
    {
        var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, site.Url, "en");
        await site.DisposeAsync();

        await chat.Page.GetByLabel(T("en", "localchat.input_label")).FillAsync("Hello, is anyone there?");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = T("en", "localchat.send"), Exact = true }).First.ClickAsync();

        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync(T("en", "localchat.offline"));
        await Assertions.Expect(chat.Page.GetByLabel(T("en", "localchat.input_label"))).ToHaveValueAsync("Hello, is anyone there?");
    }

    internal static async Task StartAndAgreeAsync(ChatPage chat, string language)
    {
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = T(language, "localchat.start"), Exact = true }).ClickAsync();
        await chat.WaitForBotTextAsync(T(language, "onboarding.welcome"));
        await chat.PressAsync(T(language, "onboarding.agree"));
        await chat.WaitForBotTextAsync(T(language, "menu.prompt"));
    }
}
