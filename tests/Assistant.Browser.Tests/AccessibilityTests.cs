namespace Assistant.Browser.Tests;

/// <summary>
/// Checks in the spirit of axe, written as assertions (axe-core is not installed here): every control has
/// a name, the page and each message say their language and direction, there are headings, and new
/// messages are announced from a live region that only ever grows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("de", "ltr")]
    [InlineData("fa", "rtl")]
    public async Task Every_control_is_labelled_and_the_page_says_its_language_and_direction(string language, string direction)
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, site.Url, language);
        await chat.Page.GetByLabel(T(language, "localchat.staff_view")).CheckAsync();
        await ParticipantTests.StartAndAgreeAsync(chat, language);

        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Assertions.Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("dir", direction);
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(T(language, "localchat.heading"));
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = T(language, "localchat.messages_heading") })).ToHaveCountAsync(1);
        Assert.Equal(T(language, "localchat.title"), await chat.Page.TitleAsync());

        var unnamed = await chat.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, button, a[href]')]
              .filter(e => e.offsetParent !== null || e.type === 'checkbox')
              .filter(e => {
                const labelled = e.labels && [...e.labels].some(l => l.textContent.trim());
                return !labelled && !e.getAttribute('aria-label') && !e.textContent.trim();
              })
              .map(e => e.outerHTML)
            """);
        Assert.Empty(unnamed);

        // Focus is visible: a keyboard user sees which control is next.
        await chat.Page.Keyboard.PressAsync("Tab");
        Assert.NotEqual("none", await chat.Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));

        var log = chat.Page.GetByRole(AriaRole.Log);
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(log).ToHaveAttributeAsync("aria-relevant", "additions");
        foreach (var bubble in await chat.BotBubbles.AllAsync())
        {
            Assert.Equal(language, await bubble.GetAttributeAsync("lang"));
            Assert.Equal(direction, await bubble.GetAttributeAsync("dir"));
        }
    }

    [Fact]
    public async Task Messages_already_shown_are_never_drawn_again_so_a_screen_reader_hears_only_new_ones()
    {
        await using var site = await LocalChatSite.StartAsync();
        await using var context = await browser.Browser.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, site.Url, "en");
        await chat.Page.GetByLabel(T("en", "localchat.staff_view")).CheckAsync();
        await ParticipantTests.StartAndAgreeAsync(chat, "en");
        await chat.Page.EvaluateAsync("""
            () => {
              window.removedNodes = 0;
              const watch = node => new MutationObserver(list => list.forEach(m => window.removedNodes += m.removedNodes.length))
                .observe(node, { childList: true, subtree: true });
              watch(document.getElementById('log'));
              watch(document.getElementById('posts'));
            }
            """);

        await chat.PressAsync(T("en", "menu.workshops"));
        // Several polling rounds of both the chat and the staff view pass.
        await chat.Page.WaitForFunctionAsync("() => (window.rounds = (window.rounds || 0) + 1) > 40", null, new() { PollingInterval = 200, Timeout = ChatPage.Timeout });

        Assert.Equal(0, await chat.Page.EvaluateAsync<int>("window.removedNodes"));
    }
}
