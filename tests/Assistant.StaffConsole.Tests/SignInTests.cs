using System.Net;
using System.Net.Http.Json;
using Assistant.StaffConsole.Tests.Support;
using static Assistant.StaffConsole.Tests.Support.ConsoleHost;

namespace Assistant.StaffConsole.Tests;

/// <summary>Staff sign in with a one-time link from the bot; without a session the console sends them to the help page.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task A_staff_member_gets_a_link_in_the_private_chat_that_signs_in_once()
    {
        await using var host = await StartAsync();
        var link = await host.ConsoleLinkAsync(Counsellor);
        Assert.StartsWith(host.BaseAddress.ToString().TrimEnd('/') + "/console/signin?t=", link, StringComparison.Ordinal);

        using var browser = host.Client();
        var page = await browser.GetStringAsync(link);
        var token = new Uri(link).Query["?t=".Length..];
        var signIn = await browser.PostAsync("/console/signin", Form(page, ("t", token)));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/console/tickets", signIn.Headers.Location?.ToString());
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant-console=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/tickets")).StatusCode);

        // The same link a second time, from another browser: refused, no session.
        using var other = host.Client();
        var again = await other.PostAsync("/console/signin", Form(await other.GetStringAsync(link), ("t", token)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(host.Texts("console.signin_refused"), WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/console/tickets")).StatusCode);
    }

    [Fact]
    public async Task Opening_the_link_alone_does_not_use_it_up()
    {
        await using var host = await StartAsync();
        var token = host.Get<SignIn.SignInLinks>().Create(SocialWorker);

        // A chat app fetching the link for a preview only sees the button.
        using var preview = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await preview.GetAsync("/console/signin?t=" + token)).StatusCode);

        using var browser = host.Client();
        var response = await browser.PostAsync("/console/signin", Form(await browser.GetStringAsync("/console/signin?t=" + token), ("t", token)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task In_a_staff_chat_the_link_goes_to_the_staff_member_privately_and_never_into_the_chat()
    {
        await using var host = await StartAsync();
        var general = Assistant.LocalChat.LocalStaffChats.ChatId(Assistant.Core.Staff.StaffChatKind.General);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var response = await http.PostAsJsonAsync($"/api/staff/{general}", new { userId = SocialWorker, name = "Sam", text = "/console" });
        response.EnsureSuccessStatusCode();

        var posts = host.Get<Assistant.LocalChat.LocalStaffChats>().Posts.Select(p => p.Message.Text).ToList();
        Assert.Contains(host.Texts("console.link_sent_privately"), posts);
        Assert.DoesNotContain(posts, p => p.Contains("/console/signin", StringComparison.Ordinal));
        var sent = Assert.Single(host.Get<Assistant.LocalChat.LocalMessenger>().TakeWaiting(SocialWorker));
        Assert.Contains("/console/signin?t=", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_staff_gets_no_link()
    {
        await using var host = await StartAsync();
        var replies = await host.ChatAsync(Participant, "/console");
        Assert.Contains(host.Texts("console.link_not_staff", "ar"), replies);
        Assert.DoesNotContain(replies, r => r.Contains("/console/signin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_session_every_page_leads_to_the_sign_in_help()
    {
        await using var host = await StartAsync();
        using var browser = host.Client();
        foreach (var path in new[] { "/console", "/console/tickets", "/console/audit", host.TicketPath("GS-2026-0001") })
        {
            var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/signin-help", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Contains(host.Texts("console.signin_help_text"), WebUtility.HtmlDecode(await browser.GetStringAsync("/console/signin-help")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        await using var host = await StartAsync();
        var ticket = await host.OpenRequestAsync("Kindergeld");
        using var browser = await host.SignedInAsync(SocialWorker);
        var page = await browser.GetStringAsync(host.TicketPath(ticket.Id));

        var forged = await browser.PostAsync(
            host.TicketPath(ticket.Id) + "?handler=note",
            new FormUrlEncodedContent([KeyValuePair.Create("version", Version(page)), KeyValuePair.Create("note", "forged")]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("forged", await browser.GetStringAsync(host.TicketPath(ticket.Id)), StringComparison.Ordinal);
    }
}
