using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Core.Users;
using Assistant.Handoff.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using static Assistant.Handoff.Tests.Support.HandoffWorld;

namespace Assistant.Handoff.Tests;

/// <summary>Without Telegram, the local page's staff view shows the tickets by topic and relays both ways.</summary>
public sealed class LocalChatStaffViewTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_staff_view_shows_the_ticket_topic_and_answers_reach_the_participant_and_back()
    {
        var app = AssistantApp.Build([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
            ["LocalChat:Url"] = "http://127.0.0.1:0",
            ["Handoff:EncryptionKey"] = TestKey,
            ["Staff:Admins:0"] = "900",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
            await app.Services.GetRequiredService<IUserProfileStore>().SaveAsync(new UserProfile { UserId = 1, Language = "de", Consent = ConsentDecision.Given }, CancellationToken.None);
            var menu = await ChatAsync(http, new { text = "/menu", language = "de" });
            await ChatAsync(http, new { payload = menu.SelectMany(m => m.Buttons.SelectMany(r => r)).Single(b => b.Label == T("de", "menu.person")).Payload, language = "de" });
            await ChatAsync(http, new { text = "Ich brauche Hilfe mit dem Kindergeld.", language = "de" });

            // The ticket is announced by a job after the turn, so the person is never kept waiting on a staff chat.
            var posts = await PostsAsync(http);
            // Only the General chat: a short-staffed shift alert may reach the coordinators meanwhile, depending on the date.
            for (var waited = 0; !posts.Any(p => p.Chat == "General") && waited < 300; waited++)
            {
                await Task.Delay(100);
                posts = await PostsAsync(http);
            }

            var announcement = Assert.Single(posts, p => p.Chat == "General");
            Assert.Equal(("General", "GS-2026-0001 · Anfrage · de"), (announcement.Chat, announcement.TopicTitle));
            Assert.Contains("Ich brauche Hilfe mit dem Kindergeld.", announcement.Text, StringComparison.Ordinal);

            var answered = await http.PostAsJsonAsync($"/api/staff/{announcement.ChatId}", new { userId = 900, name = "Petra", topicId = announcement.TopicId, text = "Gern, ich rufe Sie an." });
            answered.EnsureSuccessStatusCode();
            var waiting = await (await http.GetAsync("/api/chat/1/waiting")).Content.ReadFromJsonAsync<ChatResponse>(Json);
            Assert.Contains(T("de", "handoff.from_named", ("name", "Petra"), ("role", T("de", "handoff.roles.team")), ("text", "Gern, ich rufe Sie an.")), waiting!.Messages.Select(m => m.Text));

            await ChatAsync(http, new { text = "Danke!", language = "de" });

            var topic = (await PostsAsync(http)).Where(p => p.TopicId == announcement.TopicId).ToList();
            Assert.Contains(topic, p => p.From == "Petra" && p.Text == "Gern, ich rufe Sie an.");
            Assert.Equal("👤 Danke!", topic[^1].Text);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<IReadOnlyList<ChatMessage>> ChatAsync(HttpClient http, object body)
    {
        var response = await http.PostAsJsonAsync("/api/chat/1", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChatResponse>(Json))!.Messages;
    }

    private static async Task<IReadOnlyList<PostView>> PostsAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<List<PostView>>("/api/staff/posts", Json))!;

    private sealed record ChatResponse(IReadOnlyList<ChatMessage> Messages);

    private sealed record ChatMessage(string Text, IReadOnlyList<IReadOnlyList<ChatButton>> Buttons);

    private sealed record ChatButton(string Label, string Payload);

    private sealed record PostView(string Chat, long ChatId, int? TopicId, string? TopicTitle, string? From, string Text);
}
