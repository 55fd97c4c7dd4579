using System.Net.Http.Json;
using Assistant.LocalChat;
using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

public sealed class LocalChatTests
{
    [Fact]
    public async Task Web_chat_answers_in_the_chosen_language_right_to_left_for_Persian()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var page = await http.GetStringAsync("/");
        var response = await http.PostAsJsonAsync("/api/chat/12", new { text = "/start", language = "fa" });
        var body = await response.Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();

        Assert.Contains("<title>Assistant", page, StringComparison.Ordinal);
        Assert.Equal([T("fa", "onboarding.welcome"), T("fa", "onboarding.notice")], body!.Messages.Select(m => m.Text));
        Assert.All(body.Messages, m => Assert.Equal("rtl", m.Direction));
        Assert.Equal(10, body.Messages[1].Buttons.SelectMany(r => r).Count());
    }

    [Fact]
    public async Task Web_chat_button_press_goes_on_to_the_next_step()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var start = await (await http.PostAsJsonAsync("/api/chat/4", new { text = "/start", language = "en" })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();
        var agree = start!.Messages[1].Buttons[0][0];

        var next = await (await http.PostAsJsonAsync("/api/chat/4", new { payload = agree.Payload })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();

        Assert.Equal([T("en", "onboarding.consent_thanks"), T("en", "menu.prompt")], next!.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Proactive_messages_wait_for_the_page_to_fetch_them()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var messenger = host.Services.GetRequiredService<Assistant.Core.Conversations.IUserMessenger>();

        await messenger.SendAsync(9, [Assistant.Core.Conversations.OutgoingMessage.Plain("reminder")], CancellationToken.None);
        var waiting = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/9/waiting");
        var again = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/9/waiting");

        Assert.Equal(["reminder"], waiting!.Messages.Select(m => m.Text));
        Assert.Empty(again!.Messages);
    }

    [Fact]
    public async Task Console_chat_numbers_the_buttons_and_takes_a_number_as_a_press()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        var chat = host.Services.GetRequiredService<ConsoleChat>();
        var output = new StringWriter();

        await chat.RunAsync(1, "de", new StringReader("/start\n1\n1\n"), output, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("  [1] " + T("de", "onboarding.agree"), text, StringComparison.Ordinal);
        Assert.Contains(T("de", "onboarding.notice"), text, StringComparison.Ordinal);
        Assert.Contains(T("de", "onboarding.consent_thanks"), text, StringComparison.Ordinal);
        Assert.Contains(T("de", "menu.prompt") + Environment.NewLine + "  [1] " + T("de", "menu.offers"), text, StringComparison.Ordinal);
    }
}
