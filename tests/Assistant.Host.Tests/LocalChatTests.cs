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

    [Fact]
    public async Task A_message_over_Telegrams_limit_is_refused_with_the_limit_and_changes_nothing()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var response = await (await http.PostAsJsonAsync("/api/chat/21", new { text = new string('a', 5000), language = "tr" })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();
        var start = await (await http.PostAsJsonAsync("/api/chat/21", new { text = "/start", language = "tr" })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();

        Assert.Equal([T("tr", "validation.too_long", ("count", "4096"))], response!.Messages.Select(m => m.Text));
        Assert.Equal(T("tr", "onboarding.welcome"), start!.Messages[0].Text);
    }

    [Fact]
    public async Task A_press_dropped_by_the_flood_protection_is_reported_as_not_taken()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"), new Dictionary<string, string?> { ["Dialogs:MaxMessagesPerMinute"] = "2" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var start = await (await http.PostAsJsonAsync("/api/chat/22", new { text = "/start", language = "en" })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();
        var agree = start!.Messages[^1].Buttons.SelectMany(r => r).Single(b => b.Label == T("en", "onboarding.agree"));
        await http.PostAsJsonAsync("/api/chat/22", new { text = "hello", language = "en" });
        await http.PostAsJsonAsync("/api/chat/22", new { text = "hello again", language = "en" });

        var dropped = await (await http.PostAsJsonAsync("/api/chat/22", new { payload = agree.Payload, label = agree.Label, language = "en" })).Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>();

        Assert.Empty(dropped!.Messages);
        Assert.True(dropped.NotTaken);
    }

    [Fact]
    public async Task Every_tab_of_one_user_gets_every_message_in_order_and_files_can_be_downloaded()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var messenger = host.Services.GetRequiredService<Assistant.Core.Conversations.IUserMessenger>();

        await http.PostAsJsonAsync("/api/chat/23", new { text = "/start", language = "en" });
        await messenger.SendAsync(23, [Assistant.Core.Conversations.OutgoingMessage.Plain("reminder") with { File = new("invite.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray()) }], CancellationToken.None);
        var all = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/23/messages?after=0");
        var again = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/23/messages?after=0");
        var later = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>($"/api/chat/23/messages?after={all!.Messages[1].Sequence}");

        Assert.Equal(["/start", T("en", "onboarding.welcome"), T("en", "onboarding.notice"), "reminder"], all.Messages.Select(m => m.Text));
        Assert.Equal(all.Messages.Select(m => m.Sequence), again!.Messages.Select(m => m.Sequence));
        Assert.Equal(["me", "bot", "bot", "bot"], all.Messages.Select(m => m.From));
        Assert.Equal([T("en", "onboarding.notice"), "reminder"], later!.Messages.Select(m => m.Text));
        var file = all.Messages[^1].File!;
        using var download = await http.GetAsync(file.Url);
        Assert.Equal("invite.ics", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("BEGIN:VCALENDAR", await download.Content.ReadAsStringAsync());
        Assert.Empty((await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/24/messages?after=0"))!.Messages);
    }

    [Fact]
    public async Task Staff_posts_and_topics_are_still_there_after_a_restart()
    {
        using var temp = new TempFolder();
        Func<TestHost, LocalStaffChats> chats = host => host.Services.GetRequiredService<LocalStaffChats>();
        await using (var first = await StartAsync(temp.File("a.db")))
        {
            var topic = await chats(first).PostAsync(Assistant.Core.Staff.StaffChatKind.General, Assistant.Core.Conversations.OutgoingMessage.Plain("🙋 New request"), "GS-2026-0001", CancellationToken.None);
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            (await http.PostAsJsonAsync("/api/staff/-1000", new { userId = LocalStaff.UserId, name = "Selin", topicId = topic.TopicId, text = "/help" })).EnsureSuccessStatusCode();
        }

        await using var second = await StartAsync(temp.File("a.db"));
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        // The General chat only: a short-staffed shift alert may reach the coordinators, depending on the date.
        var all = (await again.GetFromJsonAsync<List<LocalStaffEndpoints.StaffPostView>>("/api/staff/posts"))!;
        var posts = all.Where(p => p.Chat == "General").ToList();
        var next = await chats(second).PostAsync(Assistant.Core.Staff.StaffChatKind.General, Assistant.Core.Conversations.OutgoingMessage.Plain("🙋 Another"), "GS-2026-0002", CancellationToken.None);

        Assert.Equal(["🙋 New request", "/help"], posts.Take(2).Select(p => p.Text));
        Assert.Equal("GS-2026-0001", posts[0].TopicTitle);
        Assert.Contains("/claim", posts[2].Text, StringComparison.Ordinal);
        Assert.All(posts, p => Assert.Equal(1, p.TopicId));
        Assert.Equal(2, next.TopicId);
        Assert.True(next.MessageId > all.Max(p => p.MessageId), "message ids go on after a restart");
    }
}
