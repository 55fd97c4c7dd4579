using System.Text.RegularExpressions;

namespace Assistant.Browser.Tests;

/// <summary>One tab of the local chat, driven as a person would: by labels and the visible text of buttons.</summary>
internal sealed partial class ChatPage(IPage page)
{
    /// <summary>Generous: the machine may be slow and loaded; nothing here measures speed.</summary>
    public const float Timeout = 30_000;

    public IPage Page { get; } = page;

    public ILocator Bubbles => Page.Locator("#log .msg");

    public ILocator BotBubbles => Page.Locator("#log .msg.bot");

    public static async Task<ChatPage> OpenAsync(IBrowserContext context, string url, string language)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(url);
        var chat = new ChatPage(page);
        await chat.ChooseLanguageAsync(language);
        return chat;
    }

    public async Task ChooseLanguageAsync(string language)
    {
        var current = await CurrentLanguageAsync();
        await Page.GetByLabel(T(current, "localchat.language_label")).SelectOptionAsync(language);
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    public async Task<string> CurrentLanguageAsync()
    {
        // The page's language is set once its texts arrived.
        await Page.WaitForFunctionAsync("document.getElementById('lang').options.length > 0");
        return await Page.Locator("html").GetAttributeAsync("lang") ?? "de";
    }

    /// <summary>Presses a button of the newest message that has buttons, and waits for its answer.</summary>
    public async Task PressAsync(string label)
    {
        var before = await Bubbles.CountAsync();
        await Page.Locator("#log .msg.bot .buttons").Last.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await WaitForMoreThanAsync(before + 1);
    }

    public async Task SendAsync(string text)
    {
        var language = await CurrentLanguageAsync();
        var before = await Bubbles.CountAsync();
        await Page.GetByLabel(T(language, "localchat.input_label")).FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = T(language, "localchat.send"), Exact = true }).First.ClickAsync();
        await WaitForMoreThanAsync(before + 1);
    }

    public async Task<string> LastBotTextAsync() => Bubble(await BotBubbles.Last.InnerTextAsync());

    public Task WaitForBotTextAsync(string text) =>
        Assertions.Expect(BotBubbles.Filter(new() { HasText = text }).First).ToBeVisibleAsync(new() { Timeout = Timeout });

    private Task WaitForMoreThanAsync(int count) =>
        Page.WaitForFunctionAsync($"document.querySelectorAll('#log .msg').length >= {count}", null, new() { Timeout = Timeout });

    /// <summary>A bubble's text without the sender's name above it.</summary>
    private static string Bubble(string inner) => FirstLine().Replace(inner, "", 1);

    [GeneratedRegex("^[^\n]*\n")]
    private static partial Regex FirstLine();
}
