using System.Net.Http.Json;
using Assistant.Core.Staff;
using Assistant.LocalChat;
using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

/// <summary>Without any setting the local chat shows every feature: "talk to a person" reaches a staff member who can answer at once.</summary>
public sealed class LocalTrialTests
{
    [Fact]
    public async Task Without_settings_a_request_for_a_person_reaches_the_local_staff_member_and_the_answer_comes_back()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        await ChatAsync(http, new { payload = Press(await AgreedMenuAsync(http), T("en", "menu.person")), language = "en" });
        await ChatAsync(http, new { text = "I need help with a letter from the job centre.", language = "en" });

        var announcement = await WaitForAsync(http, posts => posts.FirstOrDefault(p => p.TopicId is not null));
        var claim = announcement.Buttons.SelectMany(r => r).Single();
        (await http.PostAsJsonAsync($"/api/staff/{announcement.ChatId}", new { userId = LocalStaff.UserId, name = LocalStaff.Name, topicId = announcement.TopicId, payload = claim.Payload })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/staff/{announcement.ChatId}", new { userId = LocalStaff.UserId, name = LocalStaff.Name, topicId = announcement.TopicId, text = "I will call you today." })).EnsureSuccessStatusCode();

        var waiting = await http.GetFromJsonAsync<LocalChatEndpoints.ChatResponse>("/api/chat/7/waiting");
        Assert.Contains(waiting!.Messages, m => m.Text.Contains("I will call you today.", StringComparison.Ordinal));
        var roles = await host.Services.GetRequiredService<StaffDirectory>().RolesAsync(LocalStaff.UserId, CancellationToken.None);
        Assert.Superset(new HashSet<StaffRole> { StaffRole.Admin, StaffRole.AntiDiscrimination }, roles.ToHashSet());
    }

    [Fact]
    public async Task Without_settings_a_discrimination_report_can_be_made()
    {
        using var temp = new TempFolder();
        await using var host = await StartAsync(temp.File("a.db"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var report = await ChatAsync(http, new { payload = Press(await AgreedMenuAsync(http), T("en", "menu.report")), language = "en" });

        Assert.Equal([T("en", "report.intro"), T("en", "report.safety_question")], report.Select(m => m.Text).Take(2));
    }

    [Fact]
    public async Task The_development_key_is_made_once_beside_the_data_file_readable_only_by_its_user()
    {
        using var temp = new TempFolder();
        await using (await StartAsync(temp.File("a.db")))
        {
        }

        var key = await File.ReadAllTextAsync(temp.File("a.db.key"));
        await using (await StartAsync(temp.File("a.db")))
        {
        }

        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.Equal(key, await File.ReadAllTextAsync(temp.File("a.db.key")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp.File("a.db.key")));
        }
    }

    [Fact]
    public async Task With_a_Telegram_token_no_development_key_is_made()
    {
        using var temp = new TempFolder();
        await using var app = Build(temp.File("a.db"), new Dictionary<string, string?> { ["Telegram:BotToken"] = "123456:ABCDEF" });

        Assert.False(File.Exists(temp.File("a.db.key")));
        Assert.DoesNotContain(LocalStaff.UserId, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StaffOptions>>().Value.Admins);
    }

    /// <summary>A participant who agreed to the privacy notice, at the main menu.</summary>
    private static async Task<IReadOnlyList<LocalChatEndpoints.ChatMessage>> AgreedMenuAsync(HttpClient http)
    {
        var start = await ChatAsync(http, new { text = "/start", language = "en" });
        await ChatAsync(http, new { payload = Press(start, T("en", "onboarding.agree")), language = "en" });
        return await ChatAsync(http, new { text = "/menu", language = "en" });
    }

    private static string Press(IReadOnlyList<LocalChatEndpoints.ChatMessage> messages, string label) =>
        messages.SelectMany(m => m.Buttons.SelectMany(r => r)).Single(b => b.Label == label).Payload;

    private static async Task<IReadOnlyList<LocalChatEndpoints.ChatMessage>> ChatAsync(HttpClient http, object body)
    {
        var response = await http.PostAsJsonAsync("/api/chat/7", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LocalChatEndpoints.ChatResponse>())!.Messages;
    }

    /// <summary>The ticket is announced by a job after the turn; waits for it with a generous bound.</summary>
    private static async Task<LocalStaffEndpoints.StaffPostView> WaitForAsync(HttpClient http, Func<List<LocalStaffEndpoints.StaffPostView>, LocalStaffEndpoints.StaffPostView?> find)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var posts = await http.GetFromJsonAsync<List<LocalStaffEndpoints.StaffPostView>>("/api/staff/posts", timeout.Token);
            if (find(posts!) is { } found)
            {
                return found;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
